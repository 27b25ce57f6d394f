#!/usr/bin/python3
"""The whole job by keyboard, heard through Orca, the screen reader.

Run by run-orca.sh, with classiclink-manager started on its built-in sandbox and Orca writing every
utterance to its debug output (a "SPEECH OUTPUT: '...'" entry). Presses keys with xdotool as a blind admin
would, and after each step waits until Orca has said what a sighted user sees: the notice, the first row on
entering a table with the column of each cell whose value needs one, the selection count, the preflight and
its verdict, the batch's outcome from the status bar, and "Both ways" once traffic is allowed. Fails on any
"layered pane" or "unknown" and prints everything Orca said.
"""
import os
import re
import subprocess
import sys
import time

DEBUG = os.environ["CLM_ORCA_DEBUG"]
# An utterance ends with the voice Orca used ({...}); it may span lines, which Orca indents by 18 spaces.
UTTERANCE = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?\{", re.DOTALL)

# What the application says, in the language it runs in (Orca's own words, such as "table with", stay
# English: Orca runs in the English locale).
WORDS = {
    "en": {
        "notice": r"^The classic network has been retired",
        "dismiss": r"^Dismiss the notice push button",
        "filter": r"^Filter instances",
        "instances": r"^Classic instances",
        "traffic": r"^Traffic: ",
        "locks": r"^Locks: ",
        "one selected": r"1 instance selected",
        "vpcs": r"^VPCs",
        "link dialog": r"^Link to VPC dialog Link 1 instance to vpc-classiclink01",
        "ready": r"^Ready",
        "linked": r"1 of 1 succeeded",
        "allow dialog": r"^Allow Traffic dialog",
        "allowed": r"\d of \d succeeded",
        "both ways": r"^Traffic: Both ways",
    },
    "zh_CN": {
        "notice": r"^经典网络已停止服务",
        "dismiss": r"^不再显示此通知 push button",
        "filter": r"^筛选实例",
        "instances": r"^经典网络实例",
        "traffic": r"^流量：",
        "locks": r"^锁定：",
        "one selected": r"已选择 1 个实例",
        "vpcs": r"^专有网络 VPC",
        "link dialog": r"^连接到 VPC dialog .*vpc-classiclink01",
        "ready": r"^就绪",
        "linked": r"1 个中有 1 个成功",
        "allow dialog": r"^允许流量 dialog",
        "allowed": r"\d 个中有 \d 个成功",
        "both ways": r"^流量：双向放通",
    },
}[os.environ.get("CLM_ORCA_LANG", "en")]

heard_before = 0  # utterances before the current step


def utterances():
    try:
        with open(DEBUG, encoding="utf-8", errors="replace") as debug:
            text = re.sub(r"\n {18}", " ", debug.read().replace("\r\n", "\n"))
    except FileNotFoundError:
        return []
    return [m.group(1) for m in UTTERANCE.finditer(text)]


def transcript():
    return "\n".join("  %3d %s" % (i, u) for i, u in enumerate(utterances()))


def fail(message):
    print("FAIL:", message, flush=True)
    print("Orca said:\n" + transcript(), flush=True)
    if not utterances():
        try:
            with open(DEBUG, encoding="utf-8", errors="replace") as debug:
                print("Orca's output ends:\n" + "".join(debug.readlines()[-15:]), flush=True)
        except FileNotFoundError:
            print("Orca wrote nothing", flush=True)
    sys.exit(1)


def heard(word, since):
    return any(re.search(WORDS[word], said) for said in utterances()[since:])


def hear(word, timeout=20.0):
    """Waits until Orca says WORDS[word] (a regular expression) after the current step began."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if heard(word, heard_before):
            return
        time.sleep(0.1)
    fail("Orca did not say /%s/ (%s) within %d s" % (WORDS[word], word, timeout))


def step(what):
    global heard_before
    heard_before = len(utterances())
    print("step:", what, flush=True)


def key(*keys):
    for name in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        time.sleep(0.4)


def main():
    step("start: the notice is read with the focused Dismiss button")
    hear("dismiss", 60)
    hear("notice")

    step("filter to i-running01")
    key("Tab")
    hear("filter")
    subprocess.run(["xdotool", "type", "--delay", "40", "i-running01"], check=True)
    time.sleep(1)

    step("enter the instance table: its current (first) row is heard, with the column names it needs")
    key("Tab", "Tab")
    hear("instances")
    for word in ("traffic", "locks"):
        hear(word)
    if not any(u.startswith("i-running01") for u in utterances()[heard_before:]):
        fail("the first row (i-running01) was not read on entering the table")

    step("select it: the count is said")
    key("space")
    hear("one selected")

    step("enter the VPC table: its first row is heard; select it")
    key("Tab", "Tab")
    hear("vpcs")
    if not any(u.startswith("vpc-classiclink01") for u in utterances()[heard_before:]):
        fail("the first row (vpc-classiclink01) was not read on entering the table")
    key("space")

    step("Link to VPC, then Escape: the VPC table is heard again with its current row")
    key("ctrl+l")
    hear("link dialog")
    key("Escape")
    hear("vpcs")
    if not any(u.startswith("vpc-classiclink01") for u in utterances()[heard_before:]):
        fail("the VPC table's current row was not read after the dialog closed")

    step("Link to VPC: the preflight and its verdict are heard")
    key("ctrl+l")
    hear("link dialog")
    hear("ready")

    step("confirm: the outcome is heard from the status bar")
    key("Return")
    hear("linked", 30)

    step("Allow Traffic, both ways: the outcome is heard")
    key("ctrl+t")
    hear("allow dialog")
    time.sleep(2)  # the dialog reads the security groups before it offers to add
    key("Return")
    hear("allowed", 30)

    step("back in the instance table, its row says Both ways")
    for _ in range(4):
        key("shift+Tab", "shift+Tab")
        until = time.monotonic() + 6
        while time.monotonic() < until and not heard("both ways", heard_before):
            time.sleep(0.2)
        if heard("both ways", heard_before):
            break
        key("Tab", "Tab")  # out again, and back in on the next attempt
    else:
        fail("the instance table's row never said its traffic was allowed both ways")

    for bad in (r"layered pane", r"(^|\s)unknown\.?$"):
        offending = [u for u in utterances() if re.search(bad, u)]
        if offending:
            fail("Orca said %r" % offending[0])
    print("Orca said %d things; every step was heard" % len(utterances()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
