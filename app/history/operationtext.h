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
};

} // namespace clm
