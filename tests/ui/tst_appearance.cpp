// How the main window looks on a light and a dark palette, in English and in Chinese, offscreen against the
// in-process sandbox after a link batch: no text cut off in labels and buttons, every colour that carries a
// meaning readable at 4.5:1 or better, and a screenshot of each for reviewers and the README. ctest runs it
// twice: at 100% and with QT_SCALE_FACTOR=2 (the screenshots then end in "-200").
#include "accountbar.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "messages.h"
#include "palettecolours.h"
#include "preflightdialog.h"
#include "retirementbanner.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "windowdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace clm;

namespace {

// A dark palette as dark desktop themes make it (Fusion's widely used dark variant).
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xf0, 0xf0, 0xf0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x4a, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7f, 0x7f, 0x7f));
    return palette;
}

} // namespace

class TestAppearance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void contrastOfMeaningfulColours_data();
    void contrastOfMeaningfulColours();
    void mainWindow_data();
    void mainWindow();

private:
    void addPalettes();

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_server.start());
    ui::Messages::queueAnswers({});
}

void TestAppearance::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_network.reset();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

void TestAppearance::addPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("paletteName");
    QTest::newRow("light") << QApplication::style()->standardPalette() << QStringLiteral("light");
    QTest::newRow("dark") << darkPalette() << QStringLiteral("dark");
}

void TestAppearance::contrastOfMeaningfulColours_data()
{
    addPalettes();
}

void TestAppearance::contrastOfMeaningfulColours()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY(ui::contrastRatio(ui::errorText(palette), window) >= ui::kMinimumTextContrast);
    QVERIFY(ui::contrastRatio(ui::hintText(palette), window) >= ui::kMinimumTextContrast);
    const QPalette notice = ui::noticePalette(palette);
    QVERIFY(ui::contrastRatio(notice.color(QPalette::WindowText), notice.color(QPalette::Window)) >=
            ui::kMinimumTextContrast);
    QVERIFY(ui::contrastRatio(notice.color(QPalette::Link), notice.color(QPalette::Window)) >=
            ui::kMinimumTextContrast);
    const auto [badge, badgeText] = ui::badgeColours(palette);
    QVERIFY2(ui::contrastRatio(badge, badgeText) >= ui::kMinimumTextContrast,
             qPrintable(QStringLiteral("%1 on %2").arg(badgeText.name(), badge.name())));
    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(ui::contrastRatio(window, window), 1.0);
}

void TestAppearance::mainWindow_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("paletteName");
    QTest::addColumn<QString>("language");
    QTest::newRow("light-en") << QApplication::style()->standardPalette() << QStringLiteral("light")
                              << QStringLiteral("en");
    QTest::newRow("light-zh_CN") << QApplication::style()->standardPalette() << QStringLiteral("light")
                                 << QStringLiteral("zh_CN");
    QTest::newRow("dark-en") << darkPalette() << QStringLiteral("dark") << QStringLiteral("en");
    QTest::newRow("dark-zh_CN") << darkPalette() << QStringLiteral("dark") << QStringLiteral("zh_CN");
}

void TestAppearance::mainWindow()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, paletteName);
    QFETCH(QString, language);
    QApplication::setPalette(palette);
    installTranslations(language);
    QSettings().clear();
    m_server.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    const test::BatchWatch batches(m_workspace.get());
    const Account account = test::sandboxAccount(m_server.baseUrl());
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), nullptr, QList<Account>{account}, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->hasInventory(), 15000);

    // A link batch, so the operations table and its details have something to show.
    auto *instances = m_window->findChild<QTableView *>(QStringLiteral("instanceView"));
    auto *vpcs = m_window->findChild<QTableView *>(QStringLiteral("vpcView"));
    for (QTableView *view : {instances, vpcs}) {
        const QString wanted =
            view == instances ? QStringLiteral("i-running06") : QStringLiteral("vpc-classiclink01");
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString() == wanted)
                view->selectRow(row);
        }
    }
    m_window->findChild<QAction *>(QStringLiteral("actionLink"))->trigger();
    ui::PreflightDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::PreflightDialog *>()) && dialog->isVisible());
    dialog->accept();
    QVERIFY(batches.waitDone(1)); // and the Traffic column read again, so the screenshot shows it
    auto *operations = m_window->findChild<QTableView *>(QStringLiteral("operationView"));
    operations->selectRow(0); // the details pane fills at once; its layout follows
    test::settleLayouts();

    // No label or button shows less than its text (word-wrapped labels grow in height instead).
    int checked = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != m_window.get())
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool text = (label && !label->wordWrap() && !label->text().isEmpty() &&
                           widget->objectName() != QLatin1String("statusMessage")) ||
                          (qobject_cast<QAbstractButton *>(widget) &&
                           !static_cast<QAbstractButton *>(widget)->text().isEmpty());
        if (!text)
            continue;
        ++checked;
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width() &&
                     widget->width() >= widget->sizeHint().width() - 2,
                 qPrintable(QStringLiteral("%1 \"%2\" is %3 px wide, needs %4")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     label ? label->text() : static_cast<QAbstractButton *>(widget)->text())
                                .arg(widget->width())
                                .arg(widget->sizeHint().width())));
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
    // The notice and the badge carry their meaning in readable colours on this palette.
    const auto *banner = m_window->findChild<ui::RetirementBanner *>();
    QVERIFY(ui::contrastRatio(banner->palette().color(QPalette::WindowText),
                              banner->palette().color(QPalette::Window)) >= ui::kMinimumTextContrast);

    const bool doubled = qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2");
    const QString name = QStringLiteral("main-window-%1-%2%3.png")
                             .arg(paletteName, language, doubled ? QStringLiteral("-200") : QString());
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    const QPixmap shot = m_window->grab();
    QCOMPARE(shot.devicePixelRatio(), doubled ? 2.0 : 1.0);
    QVERIFY(shot.save(QStringLiteral(SCREENSHOT_DIR "/") + name));
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
