#include "selftest.h"

#include "icons.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslSocket>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace clm::ui {

int runSelfTest()
{
    QTextStream out(stdout);
    int failures = 0;
    auto check = [&](const char *what, bool ok, const QString &detail = {}) {
        out << (ok ? "ok    " : "FAIL  ") << what
            << (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)) << '\n';
        failures += ok ? 0 : 1;
    };
    check("application icon resource", !appIcon().pixmap(32, 32).isNull());
    check("sandbox fixture resource", QFile::exists(QStringLiteral(":/sandbox/fixtures/default.json")));
    QTranslator chinese;
    check("Simplified Chinese translation", chinese.load(QStringLiteral(":/i18n/classiclink_zh_CN.qm")));
    check("TLS backend", QSslSocket::supportsSsl(),
          QSslSocket::activeBackend() + u' ' + QSslSocket::sslLibraryVersionString());
    out << (failures == 0 ? "self-test passed" : "self-test failed") << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace clm::ui
