#include "selftest.h"

#include "diagnostics/selftest.h"
#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace clm::ui {

int runSelfTest()
{
    QTextStream out(stdout);
    SelfTest test(out);
    test.check("Qt platform plugin", !QGuiApplication::platformName().isEmpty(),
               QGuiApplication::platformName());
    test.check("application icon (SVG)", !appIcon().pixmap(32, 32).isNull());
    test.check("sandbox fixture resource", QFile::exists(QStringLiteral(":/sandbox/fixtures/default.json")));
    test.checkCore();
    return test.finish();
}

} // namespace clm::ui
