#!/usr/bin/env python3
"""Checks the Simplified Chinese translation against the glossary (../shared/reference/glossary-zh_CN.md):
one term per concept, the console's words, full-width punctuation.

Fails when
  - a glossary concept is translated another way: a word the glossary rules out appears (密钥 for the
    AccessKey Secret, 移除 for deleting a rule, 准备中 for Pending, ...), or a message whose English source
    is a glossary term lacks the console's word (Source -> 授权对象, Dismiss -> 不再显示, ...);
  - a Chinese translation has half-width sentence punctuation (, ; ! ? and : . ( ) next to Chinese text) or
    ASCII double quotes. Names, IDs, URLs, numbers, placeholders, accelerators, file filters and
    command-line options are left out of that check.

Usage: check-zh-terms.py [TS_FILE]      (default: translations/classiclink_zh_CN.ts)
       check-zh-terms.py --self-test    (plants a wrong term and a half-width stop; both must be found)
"""
import re
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

# Words that stand for a glossary concept translated another way, with the glossary's word.
FORBIDDEN = {
    "密钥": "AccessKey Secret (never 密钥, which reads as the AccessKey itself)",
    "令牌": "STS Token",
    "移除": "删除 (removing a rule)",
    "读回": "回读",
    "核实": "回读",
    "读取状态": "回读",
    "准备中": "创建中 (Pending)",
    "正在释放": "待释放",
    "双向流量": "双向放通",
    "双向互通": "双向放通",
    "双向允许": "双向放通",
    "单向流量": "单向放通",
    "无数字": "无数据",
}

# The punctuation patterns code builds its text with (DomainText): Chinese has its own for each.
PATTERNS = {", ": "、", "; ": "；", "%1 (%2)": "%1（%2）", "%1: %2": "%1：%2", "%1.": "%1。"}

# A message whose English source matches (whole source, case-insensitive) must use the glossary's word.
REQUIRED = [
    (r"source|source group", "授权对象"),
    (r"policy", "授权策略"),
    (r"ports|port range", "端口范围"),
    (r"protocol", "协议类型"),
    (r"priority", "优先级"),
    (r"pending", "创建中"),
    (r"being released", "待释放"),
    (r"too many requests", "请求被限流"),
    (r"&?dismiss.*", "不再显示"),
    (r"&?duplicate.*", "创建副本"),
    (r"no figure", "无数据"),
    (r"both ways", "双向放通"),
    (r"settle without sending", "仅回读，不发送"),
]
# The secret is always "AccessKey Secret" where the source speaks of it (not of an option's name).
SECRET = re.compile(r"(?<![-\w])secrets?\b(?! Service)", re.IGNORECASE)

CJK = r"[\u3400-\u9fff\uff08-\uff1f\u3001-\u3011“”]"
# What may keep half-width punctuation inside a Chinese message.
EXEMPT = [
    r"https?://\S+",                      # URLs
    r"\(&\w\)",                           # accelerators: 文件(&F)
    r"\(\*[^)]*\)|;;",                    # file filters: (*.csv);;所有文件 (*)
    r"<[^>]*>",                           # rich-text tags and their attributes
    r"%L?n?\d*|%n|%Ln",                   # placeholders
    r"--[\w-]+(=\S*)?",                   # command-line options
    r"\b\d+([.,:/]\d+)+\b",               # numbers, times, versions, IP addresses and CIDR blocks
    r"\b[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+\b",  # API codes and host names: Forbidden.RAM, ecs.aliyuncs.com
    r"\.\.\.",                            # ellipsis in Latin text
    r"[A-Za-z_][\w-]*=[^\s，。]*",          # key=value examples
    r"“[.:_()-]”",                        # a symbol named as itself: 英文句号“.”
]
HALF_WIDTH = [
    (re.compile(r"[,;!?]"), "half-width , ; ! or ?"),
    (re.compile(r'"'), "ASCII double quotes (use “”)"),
    (re.compile(CJK + r"\s*[:.()]|[:.()]\s*" + CJK), "half-width : . ( or ) next to Chinese text"),
    (re.compile(CJK + r"[.:]\s*$", re.MULTILINE), "half-width stop at the end of a Chinese sentence"),
]


def messages(path):
    tree = ElementTree.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source") or "", forms


def problems(path):
    found = []
    for context, source, forms in messages(path):
        for text in forms:
            where = f"{context}: {source!r} -> {text!r}"
            for word, right in FORBIDDEN.items():
                if word in text:
                    found.append(f"{where}: {word} is not the glossary's word; use {right}")
            plain = source.replace("&", "").rstrip(".:…")
            for pattern, right in REQUIRED:
                if re.fullmatch(pattern, plain, re.IGNORECASE) and right not in text:
                    found.append(f"{where}: the glossary says {right}")
            if SECRET.search(source) and "AccessKey Secret" not in text.replace("&", ""):
                found.append(f"{where}: the secret is “AccessKey Secret”")
            if source in PATTERNS and text != PATTERNS[source]:
                found.append(f"{where}: the Chinese pattern is {PATTERNS[source]!r}")
            # A label or sentence ends in full-width punctuation even when its words are all Latin.
            if re.search(r"[^.][.:]$", source) and re.search(r"[^.\d][.:]$", text):
                found.append(f"{where}: half-width {text[-1]} at the end")
            if not re.search(CJK, text):
                continue
            stripped = text
            for pattern in EXEMPT:
                stripped = re.sub(pattern, " ", stripped)
            for pattern, what in HALF_WIDTH:
                if pattern.search(stripped):
                    found.append(f"{where}: {what}")
    return found


def self_test(path):
    text = Path(path).read_text(encoding="utf-8")
    planted = text.replace("AccessKey Secret", "密钥", 1)
    planted = re.sub(r"。</translation>", ".</translation>", planted, count=1)
    planted = planted.replace("<translation>授权策略</translation>", "<translation>策略</translation>", 1)
    planted = planted.replace("<translation>、</translation>", "<translation>, </translation>", 1)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "planted.ts"
        copy.write_text(planted, encoding="utf-8")
        found = problems(copy)
    wanted = {"密钥 is not the glossary's word": False, "stop at the end": False, "授权策略": False,
              "the Chinese pattern is '、'": False}
    for line in found:
        for key in wanted:
            wanted[key] = wanted[key] or key in line
    missed = [key for key, seen in wanted.items() if not seen]
    if problems(path) or missed:
        print(f"check-zh-terms self-test FAILED: not found: {missed}", file=sys.stderr)
        return 1
    print(f"check-zh-terms self-test passed: the planted wrong term, stop, policy and list separator were found "
          f"({len(found)} problems in the planted copy, none in {path})")
    return 0


def main():
    root = Path(__file__).resolve().parent.parent
    args = sys.argv[1:]
    if args[:1] == ["--self-test"]:
        return self_test(args[1] if len(args) > 1 else root / "translations/classiclink_zh_CN.ts")
    path = args[0] if args else root / "translations/classiclink_zh_CN.ts"
    found = problems(path)
    for line in found:
        print(line)
    count = sum(1 for _ in messages(path))
    print(f"check-zh-terms: {count} messages, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
