#!/usr/bin/python3
"""ClassicLink Manager as a screen reader sees it, through AT-SPI (the interface Orca uses on Linux).

Run by run-atspi.sh, with the application already started on its built-in sandbox and Qt's accessibility
bridge on. Two checks, with Debian's pyatspi client and nothing else:
  1. walks every window of the application and fails on any interactive control without an accessible
     name, and on any table whose columns have no header;
  2. does the whole job through AT-SPI alone: picks the region, selects two instances and a VPC through the
     tables' selection, invokes "Link to VPC…", confirms the preflight dialog, reads the outcome from the
     operations table, and checks the links in the sandbox itself (its control endpoint).
Every action must return at once: a dialog that blocks the caller would stall the AT-SPI call.
"""
import json
import sys
import time
import urllib.request

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "spin button", "slider", "page tab", "menu item", "check menu item", "radio menu item", "table", "list",
    "tree", "tree table", "link", "entry",
}
failures = []
announced = []  # names that changed, as a screen reader hears of them


def on_name_changed(event):
    try:
        announced.append((event.source.getRoleName(), event.source.name))
    except Exception:
        pass


def pump():
    # AT-SPI events arrive through the GLib main loop.
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def wait_for(what, predicate, timeout=30.0):
    """Checks `predicate` after every event the GLib main loop handles (AT-SPI signals among them), and at
    least every 100 ms, since a state or a name is read from the application and not every change of one
    is announced; fails after `timeout` seconds."""
    end = time.monotonic() + timeout
    context = GLib.MainContext.default()
    while time.monotonic() < end:
        pump()
        try:
            value = predicate()
        except Exception:  # the tree changes under us while the window updates
            value = None
        if value:
            return value
        woken = []
        GLib.timeout_add(100, lambda: woken.append(True) and False)
        context.iteration(True)  # the next event, or the 100 ms timer
        while not woken and context.pending():
            context.iteration(False)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "ClassicLink Manager":
            return app
    return None


def nodes(root):
    yield root
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None:
            yield from nodes(child)


def find(root, role, name=None, contains=None, showing=True):
    for node in nodes(root):
        if node.getRoleName() != role:
            continue
        if showing and not node.getState().contains(pyatspi.STATE_SHOWING):
            continue
        if name is not None and node.name != name:
            continue
        if contains is not None and contains not in (node.name or ""):
            continue
        return node
    return None


def labelled(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets() > 0:
            return True
    return False


def ancestry(node):
    path = []
    parent = node.parent
    while parent is not None and len(path) < 4:
        path.append(f"{parent.getRoleName()}:{parent.name!r}")
        parent = parent.parent
    return " < ".join(path)


def check_names(root, where):
    """Every interactive control has a name (or a label pointing at it); every table shown has column headers;
    nothing shown has the role "unknown"."""
    checked = 0
    for node in nodes(root):
        role = node.getRoleName()
        if role == "unknown" and node.getState().contains(pyatspi.STATE_SHOWING):
            fail(f"{where}: an object of role unknown, which a screen reader says as such (in {ancestry(node)})")
        if role not in INTERACTIVE:
            continue
        checked += 1
        if role == "table" and node.getState().contains(pyatspi.STATE_SHOWING):
            # Orca reads a cell's column from its header object (Qt has one only while there is a row).
            table = node.queryTable()
            for column in range(table.nColumns):
                header = table.getColumnHeader(column)
                if header is None or not header.name:
                    fail(f"{where}: table {node.name!r} column {column} has no header")
        if role in ("list",) and node.parent is not None and node.parent.getRoleName() == "combo box":
            continue  # a combo box's popup list is named by the combo box
        if not (node.name or "").strip() and not labelled(node):
            fail(f"{where}: {role} without an accessible name (in {ancestry(node)})")
    print(f"{where}: {checked} interactive controls checked", flush=True)
    return checked


def do_at_once(action, index, what):
    # The application answers an action once its slot returns: a slot that blocks in a modal dialog's own
    # event loop leaves the call without an answer until D-Bus gives up on it (an error here), however fast
    # or slow the machine is.
    try:
        action.doAction(index)
    except Exception as error:
        fail(f"{what} did not return (a blocking dialog?): {error}")


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "Toggle"):
            do_at_once(action, i, f"pressing {button.name!r}")
            return
    raise SystemExit(f"FAIL: {button.name!r} has no press action")


def select_rows(table_node, id_column, ids):
    table = table_node.queryTable()
    for row in range(table.nRows):
        if table.isRowSelected(row):
            table.removeRowSelection(row)
    rows = []
    for row in range(table.nRows):
        cell = table.getAccessibleAt(row, id_column)
        if cell is not None and cell.name in ids:
            if not table.addRowSelection(row):
                fail(f"{table_node.name}: row {row} could not be selected")
            rows.append(row)
    if len(rows) != len(ids):
        fail(f"{table_node.name}: found rows {rows} for {ids}")
    return rows


def sandbox_state(endpoint):
    with urllib.request.urlopen(f"http://{endpoint}/_sandbox/state", timeout=10) as reply:
        return json.load(reply)


def sandbox_links(endpoint):
    return {link["instance"]: link["vpc"] for link in sandbox_state(endpoint)["links"]}


def classiclink_enabled(endpoint, vpc_id):
    return any(vpc["id"] == vpc_id and vpc.get("classicLink") for vpc in sandbox_state(endpoint)["vpcs"])


def main():
    app = wait_for("the application on the accessibility bus", application)
    # Registered once the application is on the bus, so its bridge hears of the listener.
    pyatspi.Registry.registerEventListener(on_name_changed, "object:property-change:accessible-name")
    window = wait_for("the main window", lambda: find(app, "frame", "ClassicLink Manager"))
    status = wait_for("the first load", lambda: find(window, "label", contains="Loaded cn-hangzhou"))
    print("loaded:", status.name, flush=True)
    check_names(app, "main window")

    # The endpoint of the built-in sandbox, as the account bar tells it.
    endpoint_label = find(window, "label", "Endpoint")
    endpoint = endpoint_label.description.split(" go to ")[1].rstrip(".")
    print("sandbox:", endpoint, flush=True)

    # Enable ClassicLink on a VPC that lacks it: show every VPC (the check box), select it, press the button,
    # and answer the question box, which must not block the press.
    vpcs = find(window, "table", "VPCs")
    press(find(window, "check box", "Only ClassicLink-enabled"))
    wait_for("every VPC listed", lambda: vpcs.queryTable().nRows == 7)
    select_rows(vpcs, 0, {"vpc-noclassiclink01"})
    enable = find(window, "push button", "Enable ClassicLink…")
    wait_for("Enable ClassicLink… enabled", lambda: enable.getState().contains(pyatspi.STATE_ENABLED))
    press(enable)
    question = wait_for("the question box", lambda: find(app, "alert", "Enable ClassicLink")
                        or find(app, "dialog", "Enable ClassicLink"))
    check_names(question, "enable question")
    press(find(question, "push button", "Enable ClassicLink"))
    wait_for("ClassicLink enabled in the sandbox", lambda: classiclink_enabled(endpoint, "vpc-noclassiclink01"))
    wait_for("the region loaded again", lambda: find(window, "label", contains="Loaded cn-hangzhou"))

    # Pick the region: open the region picker's list (its ShowMenu action) and move to the next entry, as
    # Orca users do; the open list has the keyboard.
    # On a busy machine the open list may not have the keyboard yet when the keys arrive: the list is then
    # closed with Escape (nothing chosen) and opened again.
    region = find(window, "combo box", contains="(cn-hangzhou)")
    action = region.queryAction()
    region_list = region.getChildAtIndex(0)
    list_showing = lambda: region_list.getState().contains(pyatspi.STATE_SHOWING)
    list_focused = lambda: list_showing() and region_list.getState().contains(pyatspi.STATE_FOCUSED)

    def current_entry():  # the entry the open list has at the keyboard
        for i in range(region_list.childCount):
            item = region_list.getChildAtIndex(i)
            states = item.getState()
            if states.contains(pyatspi.STATE_FOCUSED) or states.contains(pyatspi.STATE_SELECTED):
                return item.name
        return ""
    for attempt in range(5):
        action.doAction([action.getName(i) for i in range(action.nActions)].index("ShowMenu"))
        try:
            wait_for("the region list", list_showing, timeout=8)
        except SystemExit:
            print(f"region pick, attempt {attempt + 1}: the list did not open", flush=True)
            continue  # the action got lost on a busy machine: ask again
        try:  # keys go to the window that has the keyboard: the open list must have it
            wait_for("the region list to have the keyboard", list_focused, timeout=8)
            before = current_entry()
            pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down: the next region
            wait_for("the next region in the list", lambda: current_entry() != before, timeout=3)
            pyatspi.Registry.generateKeyboardEvent(0xFF0D, None, pyatspi.KEY_SYM)  # Return: choose it
            wait_for("a region other than cn-hangzhou", lambda: "(cn-hangzhou)" not in region.name, timeout=3)
            break
        except SystemExit as error:
            print(f"region pick, attempt {attempt + 1}: {error}; still {region.name!r}, "
                  f"list showing: {list_showing()}", flush=True)
        if list_showing():
            pyatspi.Registry.generateKeyboardEvent(0xFF1B, None, pyatspi.KEY_SYM)  # Escape
            wait_for("the region list closed", lambda: not list_showing(), timeout=8)
    wait_for("cn-shanghai chosen", lambda: "(cn-shanghai)" in region.name)
    wait_for("cn-shanghai loaded", lambda: find(window, "label", contains="Loaded cn-shanghai"))

    instances = find(window, "table", "Classic instances")
    vpcs = find(window, "table", "VPCs")
    wait_for("the two Shanghai instances", lambda: instances.queryTable().nRows == 2)
    select_rows(instances, 0, {"i-shanghai01", "i-shanghai02"})
    select_rows(vpcs, 0, {"vpc-shanghai01"})

    link = find(window, "push button", "Link to VPC…")
    wait_for("Link to VPC… enabled", lambda: link.getState().contains(pyatspi.STATE_ENABLED))
    press(link)

    dialog = wait_for("the preflight dialog", lambda: find(app, "dialog", "Link to VPC"))
    check_names(dialog, "preflight dialog")
    confirm = wait_for("the confirm button", lambda: find(dialog, "push button", contains="Link 2"))
    press(confirm)

    operations = find(window, "table", "Operations")
    table = operations.queryTable()

    def outcomes():
        rows = {}
        for row in range(table.nRows):
            instance = table.getAccessibleAt(row, 2).name
            if instance.startswith("i-shanghai"):
                rows[instance] = table.getAccessibleAt(row, 4).name
        return rows if len(rows) == 2 and all(v in ("Succeeded", "Failed") for v in rows.values()) else None

    result = wait_for("both outcomes in the operations table", outcomes)
    print("operations:", result, flush=True)
    if result != {"i-shanghai01": "Succeeded", "i-shanghai02": "Succeeded"}:
        fail(f"unexpected outcomes {result}")
    # Linked is half the job: the status says so, is announced, and offers the next step as a button.
    offer_text = "2 of 2 succeeded. Traffic to and from the VPC needs security group rules."
    done = wait_for("the batch summary", lambda: find(window, "label", contains="2 of 2 succeeded"))
    print("status:", done.name, flush=True)
    # The status change was announced: the status label's name-change event reached the client.
    try:
        wait_for("the announcement of the outcome", lambda: ("label", offer_text) in announced, timeout=10)
    except SystemExit:
        print("heard:", [a for a in announced if a[0] == "label"][-12:])
        raise

    links = sandbox_links(endpoint)
    for instance in ("i-shanghai01", "i-shanghai02"):
        if links.get(instance) != "vpc-shanghai01":
            fail(f"the sandbox does not hold {instance} -> vpc-shanghai01 (links: {links})")

    # The third step through the offered button: the Allow Traffic dialog, every control named, and its
    # Add button once the groups are read.
    press(wait_for("the Allow Traffic button", lambda: find(window, "push button", contains="Allow Traffic")))
    allow = wait_for("the Allow Traffic dialog", lambda: find(app, "dialog", contains="Allow Traffic"))
    add = wait_for("the Add button", lambda: find(allow, "push button", contains="Add 2 Rules"))
    check_names(allow, "allow traffic dialog")
    press(add)

    def rules_added():
        writes = sandbox_state(endpoint).get("appliedWrites", {})
        return all(writes.get(f"AuthorizeSecurityGroup {group}") == 1
                   for group in ("sg-shanghai-app", "sg-cn-shanghai-default"))

    wait_for("both rules in the sandbox", rules_added)
    # The cell says its column too, as a screen reader reads it.
    traffic = wait_for("the traffic state",
                       lambda: find(window, "table cell", "Traffic: Both ways", showing=False))
    print("traffic:", traffic.name, flush=True)

    # The overview of every account the sandbox holds: the region the branch office's key may not list is
    # read out as not read, with the reason, never as a 0.
    press(wait_for("the Overview button", lambda: find(window, "push button", "Overview")))
    named = lambda root, text: next((n for n in nodes(root) if text in (n.name or "")), None)
    tree = wait_for("the overview", lambda: named(window, "Classic instances by account and region"))
    denied = wait_for("the region not read", lambda: named(tree, "Forbidden.RAM"), timeout=60)
    print("overview:", denied.name, flush=True)
    if not denied.name.startswith("Not read: "):
        fail(f"the unread region reads {denied.name!r}")
    wait_for("the scan done", lambda: named(window, "14 of 15 regions read."), timeout=60)
    check_names(window, "overview")

    # The dialogs of the File menu, walked the same way.
    for menu_item, title in (("Network settings…", "Network settings"), ("Add account…", "Add account")):
        press_menu(window, menu_item)
        settings = wait_for(f"the {title} dialog", lambda: find(app, "dialog", contains=title))
        check_names(settings, f"{title} dialog")
        press(find(settings, "push button", "Cancel"))

    if failures:
        print(f"{len(failures)} accessibility failure(s)")
        return 1
    print("AT-SPI: every control named; the job done through AT-SPI alone")
    return 0


def press_menu(window, name):
    item = find(window, "menu item", name, showing=False)
    action = item.queryAction()
    do_at_once(action, 0, f"the menu item {name!r}")


if __name__ == "__main__":
    sys.exit(main())
