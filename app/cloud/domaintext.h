// The words for domain values a person reads: instance states and lock reasons, in the current language.
// The table models, the preflight verdicts and the command line all say them the same way.
#pragma once

#include "domain.h"

#include <QCoreApplication>

namespace clm {

class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(clm::DomainText)

public:
    static QString status(const QString &status);
    static QString lockReason(const QString &reason);
    static QString locks(const ClassicInstance &instance);

    // Punctuation around words, from translatable patterns, never glued in code: Chinese joins a list
    // with 、 and brackets with （）, and ends a sentence with 。.
    static QString list(const QStringList &items);                         // "a, b, c"
    static QString clauses(const QStringList &items);                      // "a; b; c"
    static QString withDetail(const QString &name, const QString &detail); // "name (detail)"
    static QString titled(const QString &title, const QString &text);      // "title: text"
    static QString sentence(const QString &text);                          // "text."
    static QString sentences(const QStringList &sentences);                // "One. Two." ("一。二。")
};

} // namespace clm
