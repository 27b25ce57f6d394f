#!/usr/bin/python3
"""The whole job by keyboard, heard through Orca, the screen reader.

Run by run-orca.sh, with classiclink-manager started on its built-in sandbox and Orca writing every
utterance to its debug output (a "SPEECH OUTPUT: '...'" entry). Presses keys with xdotool as a blind admin
would, and after each step waits until Orca has said what a sighted user sees: the notice, the first row on
entering a table (and Down reads the second), the column of each cell whose value needs one, the selection
count, the preflight's question and each instance's verdict (a refused one with its reason), the VPC row again
after Escape, the batch's outcome from the status bar, and "Both ways" once traffic is allowed. Fails on any
"layered pane" or "unknown" and prints everything Orca said.
"""
import os
import re
import signal
import subprocess
import sys
import time

DEBUG = os.environ["CLM_ORCA_DEBUG"]
# An utterance ends with the voice Orca used ({...}); it may span lines, which Orca indents by 18 spaces.
UTTERANCE = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?\{", re.DOTALL)

# What the application says, in the language it runs in; Orca's own words ("table with", "dialog", "push
# button") stay English: Orca runs in the C locale.
WORDS = {
    "en": {
        "notice": r"^The classic network has been retired",
        "dismiss": r"^Dismiss the notice push button",
        "filter": r"^Filter instances",
        "instances": r"^Classic instances",
        "not linked": r"^Linked VPC: Not linked",
        "to the vpc only": r"^Traffic: To the VPC only",
        "locks": r"^Locks: None",
        "one selected": r"1 instance selected",
        "vpcs": r"^VPCs",
        "refused dialog": r"^Link to VPC dialog .*None of the selected instances can be changed",
        "already linked": r"^Already linked to vpc-full01",
        "link dialog": r"^Link to VPC dialog Link 1 instance to vpc-classiclink01",
        "ready": r"^Ready",
        "linked": r"^1 of 1 succeeded",
        "allow dialog": r"^Allow Traffic dialog",
        "allowed": r"^2 of 2 succeeded",
        "both ways": r"^Traffic: Both ways",
    },
    "zh_CN": {
        "notice": r"^经典网络已停止服务",
        "dismiss": r"^不再显示此通知 push button",
        "filter": r"^筛选实例",
        "instances": r"^经典网络实例",
        "not linked": r"^已连接的 VPC：未连接",
        "to the vpc only": r"^流量：单向放通（仅到 VPC）",
        "locks": r"^锁定：无",
        "one selected": r"已选择 1 个实例",
        "vpcs": r"^专有网络 VPC",
        # Orca 43 reads a dialog's labels of three words or more, counted between spaces: the summary
        # ("选中的实例都无法变更；…") has none and is not read; the question and each verdict are.
        "refused dialog": r"^连接到 VPC dialog 将 1 个实例连接到 vpc-classiclink01",
        "already linked": r"^已连接到 vpc-full01",
        "link dialog": r"^连接到 VPC dialog 将 1 个实例连接到 vpc-classiclink01",
        "ready": r"^就绪",
        "linked": r"^1 个中有 1 个成功",
        "allow dialog": r"^允许流量 dialog",
        "allowed": r"^2 个中有 2 个成功",
        "both ways": r"^流量：双向放通",
    },
}[os.environ.get("CLM_ORCA_LANG", "en")]
# Orca's own words.
WORDS.update({
    "21 rows": r"^table with 21 rows 8 columns",
    "1 row": r"^table with 1 row 8 columns",
    "3 vpcs": r"^table with 3 rows 5 columns",
    "group list": r"List with 1 item",
    "role unknown": r"\bunknown\b",
    "layered pane": r"layered pane",
})

heard_before = 0  # utterances before the current step


_read = (-1, [])  # the debug output's size when last read, and what Orca had said by then


def utterances():
    global _read
    try:
        size = os.path.getsize(DEBUG)
        if size != _read[0]:
            with open(DEBUG, encoding="utf-8", errors="replace") as debug:
                text = re.sub(r"\n {18}", " ", debug.read().replace("\r\n", "\n"))
            _read = (size, [m.group(1) for m in UTTERANCE.finditer(text)])
    except FileNotFoundError:
        pass
    return _read[1]


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
    """The index of the first utterance from `since` on that matches WORDS[word], or None."""
    said = utterances()
    return next((i for i in range(since, len(said)) if re.search(WORDS[word], said[i])), None)


def heard_within(word, timeout, since):
    """Waits until Orca says WORDS[word] (a regular expression) from the utterance `since` on, for at most
    `timeout` seconds; returns that utterance's index, or None."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = heard(word, since)
        if found is not None:
            return found
        time.sleep(0.1)
    return heard(word, since)


def hear(word, timeout=20.0, after=None):
    """Waits until Orca says WORDS[word] after the current step began (or after the utterance `after`);
    returns that utterance's index."""
    found = heard_within(word, timeout, heard_before if after is None else after + 1)
    if found is None:
        fail("Orca did not say /%s/ (%s) within %d s" % (WORDS[word], word, timeout))
    return found


def hear_row(first_cell, after, timeout=10.0):
    """Waits until Orca reads a row starting with `first_cell` after the utterance `after`."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(u.startswith(first_cell) for u in utterances()[after + 1:]):
            return
        time.sleep(0.1)
    fail("Orca did not read the row of %s" % first_cell)


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
    # Orca reads where the focus is when it finds the active window at its start; now and then it starts
    # before the window manager has made the window active and says only "Screen reader on.". The window is
    # then activated once more, which is what a user's click or Alt+Tab would do.
    if heard_within("dismiss", 20, heard_before) is None:
        print("Orca read no focus at its start: activating the window again", flush=True)
        subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "ClassicLink Manager",
                        "windowactivate", "--sync"], check=False, timeout=20)
        if heard_within("dismiss", 5, heard_before) is None:
            key("Tab", "shift+Tab")  # away from the focused button and back: a focus event Orca reads
    hear("dismiss", 40)
    hear("notice")

    step("Tab to the filter, Tab Tab into the instance table: its size and its first row, with columns")
    key("Tab")
    hear("filter")
    key("Tab", "Tab")
    table = hear("instances")
    hear("21 rows", after=table)
    hear_row("i-denied01", table)
    hear("not linked", after=table)
    hear("locks", after=table)

    step("Down reads the second row, its traffic with its column; Space selects it and says the count")
    key("Down")
    hear_row("i-fulllink01", heard_before - 1)
    hear("to the vpc only")
    key("space")
    hear("one selected")

    step("Tab Tab into the VPC table: its size and first row; Space selects it")
    key("Tab", "Tab")
    table = hear("vpcs")
    hear("3 vpcs", after=table)
    hear_row("vpc-classiclink01", table)
    key("space")

    step("Link to VPC with a linked instance: nothing will be sent, and why")
    key("ctrl+l")
    hear("refused dialog")
    hear("already linked")

    step("Escape: back in the VPC table, its current row is read")
    key("Escape")
    table = hear("vpcs")
    hear_row("vpc-classiclink01", table)

    step("Ctrl+F, filter to i-running01, into the table: its only row; Space selects it")
    key("ctrl+f")
    hear("filter")
    subprocess.run(["xdotool", "type", "--delay", "40", "i-running01"], check=True)
    time.sleep(1)
    key("Tab", "Tab")
    table = hear("instances")
    hear("1 row", after=table)
    hear_row("i-running01", table)
    key("space")
    hear("one selected")

    step("Link to VPC: the question and the verdict")
    key("ctrl+l")
    hear("link dialog")
    hear("ready")

    step("Return: the outcome is heard from the status bar")
    key("Return")
    hear("linked", 30)

    step("Allow Traffic, both ways: the outcome is heard")
    key("ctrl+t")
    hear("allow dialog")
    hear("group list")  # the dialog has read the security groups
    time.sleep(1)
    key("Return")
    hear("allowed", 30)

    step("back in the instance table, its row says Both ways")
    for _ in range(4):
        key("shift+Tab", "shift+Tab")
        until = time.monotonic() + 6
        while time.monotonic() < until and heard("both ways", heard_before) is None:
            time.sleep(0.2)
        if heard("both ways", heard_before) is not None:
            break
        key("Tab", "Tab")  # out again, and back in on the next attempt
    else:
        fail("the instance table's row never said its traffic was allowed both ways")

    for bad in ("layered pane", "role unknown"):
        found = heard(bad, 0)
        if found is not None:
            fail("Orca said %r" % utterances()[found])
    print("Orca said %d things; every step was heard" % len(utterances()), flush=True)
    return 0


if __name__ == "__main__":
    # run-orca.sh stops a job that overruns: it still says what Orca said.
    signal.signal(signal.SIGTERM, lambda *_: fail("the job ran out of time"))
    sys.exit(main())
