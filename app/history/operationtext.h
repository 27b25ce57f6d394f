// The words for an operation a person reads: its action and its state, the same in the operations table,
// the details pane and `classiclink`'s result table.
#pragma once

#include "operation.h"

#include <QCoreApplication>

namespace clm {

class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(clm::OperationText)

public:
    static QString action(OperationKind kind); // Attach → "Link"
    static QString state(OperationState state);
    // What became of rule `rule` of a security group call: the call's state, except where some of its
    // rules took effect and the call did not succeed (Operation::showsRulesApart): "Done" or "Not done".
    static QString ruleState(const Operation &operation, qsizetype rule);
    // One line per rule of a security group call: "Done: sg-vpc ← sg-classic · TCP 22/22 · priority 1"
    // (the details pane, and the operations table's tooltip).
    static QStringList ruleLines(const Operation &operation);
    // What a call changes, on one line: its one rule ("sg-vpc ← sg-classic · TCP 22/22 · priority 1"), or
    // the group and the number of rules ("sg-vpc: 40 rules"); the instance or VPC for the other actions.
    static QString target(const Operation &operation);
    // One rule of a security group call: "sg-a ← sg-b · TCP 22/22 · priority 1", "→" for an outbound one.
    static QString ruleText(const Operation &operation, qsizetype rule);
    // What a partly applied call did: how many of its rules took effect, and what to do about the rest.
    static QString partlyDone(const Operation &operation);
};

} // namespace clm
