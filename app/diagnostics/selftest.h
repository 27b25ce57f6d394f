// `--self-test` of both executables: checks that the installation is whole (translations and resources
// load, the TLS backend is there, signing reproduces the documented example) and says whether the system
// keychain answers. Prints one line a check; a missing keychain is reported, not failed, because the app
// then keeps secrets for the session only.
#pragma once

#include <QString>
#include <QTextStream>

namespace clm {

class SelfTest
{
public:
    explicit SelfTest(QTextStream &out)
        : m_out(out)
    {}

    void check(const char *what, bool ok, const QString &detail = {});
    void note(const char *what, const QString &detail);
    // The checks both executables share, including the keychain probe (waits up to 10 s for it).
    void checkCore();
    // Prints the verdict; 0 when every check passed.
    int finish();

private:
    void checkKeychain();

    QTextStream &m_out;
    int m_failures = 0;
};

} // namespace clm
