// What the main window shows while and after a region loads, offscreen against the in-process sandbox: rows
// appear page by page (selectable, with sorting and selection kept as later pages arrive), progress counted
// in instances, a cancelled load that leaves nothing half-known behind, columns that fit the window at the
// default size and at 1024x768, and column widths set by hand that are kept across runs.
#include "i18n/translations.h"
#include "instancepane.h"
#include "mainwindow.h"
#include "messages.h"
#include "paneparts.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "session/workspace.h"
#include "statusarea.h"
#include "vpcpane.h"
#include "windowdriver.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace clm;

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAppearPageByPage();
    void cancelledLoadLeavesNothingHalfKnown();
    void columnsFitTheWindow_data();
    void columnsFitTheWindow();
    void widthsSetByHandAreKept();

private:
    [[nodiscard]] bool openWindow(QSize size);
    [[nodiscard]] bool waitLoaded();
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QTableView *instanceView() const { return m_window->findChild<ui::InstancePane *>()->view(); }
    QTableView *vpcView() const { return m_window->findChild<ui::VpcPane *>()->view(); }
    ui::StatusArea *status() const { return m_window->findChild<ui::StatusArea *>(); }

    sandbox::SandboxServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClassicLinkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QStringLiteral("en")); // the English plural forms
    QVERIFY(m_server.start());
    ui::Messages::queueAnswers({});
    QSettings().clear();
}

void TestWindowLayout::init()
{
    QCOMPARE(m_server.setFixture(sandbox::SandboxState::defaultFixture()), QString());
    m_server.setLatency(0, 0);
    m_server.releaseHeld();
}

bool TestWindowLayout::openWindow(QSize size)
{
    m_window.reset();
    m_workspace.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspace = std::make_unique<Workspace>(m_network.get());
    const Account account = test::sandboxAccount(m_server.baseUrl());
    m_window = std::make_unique<ui::MainWindow>(m_workspace.get(), nullptr, QList<Account>{account}, nullptr);
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void TestWindowLayout::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_network.reset();
    QSettings().clear();
    QVERIFY(ui::Messages::takeWarnings().isEmpty());
}

bool TestWindowLayout::waitLoaded()
{
    if (!QTest::qWaitFor(
            [this] {
                return !m_workspace->regionId().isEmpty() && !m_workspace->isLoading() &&
                       m_workspace->instances()->rowCount() > 0 && m_workspace->instances()->linksKnown() &&
                       m_workspace->instances()->trafficRead();
            },
            20000))
        return false;
    // The columns are fitted when the Traffic column has been read (trafficRead() above); the splitter and
    // the headers follow in their layouts.
    test::settleLayouts();
    return true;
}

void TestWindowLayout::rowsAppearPageByPage()
{
    m_server.setGenerated({1000, 20, 100, 3});
    // The first page is answered; the others wait until released, so the load is still running below.
    m_server.holdAnswers({QStringLiteral("DescribeInstances")}, 1);
    QVERIFY(openWindow({1280, 800}));
    InstanceTableModel *model = m_workspace->instances();

    // The first pages are on screen, selectable and sortable, while the load still runs.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    QVERIFY(m_workspace->isLoading());
    QVERIFY(model->rowCount() < 1000);
    QVERIFY(instanceView()->isVisible());
    QVERIFY(m_window->findChild<ui::InstancePane *>()->emptyText().isEmpty());
    QCOMPARE(model->index(0, InstanceTableModel::LinkedVpcColumn).data().toString(),
             QStringLiteral("Checking…"));
    QVERIFY(!model->index(0, 0).data(InstanceTableModel::LinkedVpcRole).isValid());
    QVERIFY(status()->message().contains(QStringLiteral(" of 1,000 classic instances")));
    QVERIFY(status()->counts().isEmpty()); // no counts until the links are known

    instanceView()->sortByColumn(InstanceTableModel::NameColumn, Qt::DescendingOrder);
    const QModelIndex first = instanceView()->model()->index(0, 0);
    const QString chosen = first.data(InstanceTableModel::InstanceIdRole).toString();
    instanceView()->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(!action("actionLink")->isEnabled()); // links are not known yet

    m_server.releaseHeld();
    QVERIFY(waitLoaded());
    QCOMPARE(model->rowCount(), 1000);
    const QModelIndexList selected = instanceView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(InstanceTableModel::InstanceIdRole).toString(), chosen);
    QCOMPARE(instanceView()->horizontalHeader()->sortIndicatorSection(), int(InstanceTableModel::NameColumn));
    QCOMPARE(instanceView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QAbstractItemModel *shown = instanceView()->model();
    for (int row = 1; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row - 1, InstanceTableModel::NameColumn)
                    .data()
                    .toString()
                    .compare(shown->index(row, InstanceTableModel::NameColumn).data().toString(),
                             Qt::CaseInsensitive) >= 0);
    }
    QVERIFY2(status()->counts().startsWith(QStringLiteral("1,000 classic instances, 100 linked")),
             qPrintable(status()->counts()));
    QVERIFY(model->index(0, InstanceTableModel::LinkedVpcColumn).data().toString() !=
            QStringLiteral("Checking…"));
}

void TestWindowLayout::cancelledLoadLeavesNothingHalfKnown()
{
    m_server.setGenerated({1000, 20, 100, 3});
    m_server.holdAnswers({QStringLiteral("DescribeInstances")}, 1); // the load stops after its first page
    QVERIFY(openWindow({1280, 800}));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->instances()->rowCount() > 0, 10000);
    QVERIFY(m_workspace->isLoading());
    QVERIFY(action("actionCancel")->isEnabled());
    action("actionCancel")->trigger();

    QVERIFY(!m_workspace->isLoading());
    QCOMPARE(m_workspace->instances()->rowCount(), 0);
    QCOMPARE(status()->message(), QStringLiteral("Loading cancelled."));
    QVERIFY2(status()->counts().isEmpty(), qPrintable(status()->counts()));
    QVERIFY(m_window->findChild<ui::InstancePane *>()->emptyText().contains(QStringLiteral("cancelled")));
    QVERIFY(!action("actionCancel")->isEnabled());
    QVERIFY(action("actionRefresh")->isEnabled());
}

void TestWindowLayout::columnsFitTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("default") << QSize(1280, 800) << QString();
    QTest::newRow("1024x768") << QSize(1024, 768) << QStringLiteral("main-window-1024x768.png");
}

void TestWindowLayout::columnsFitTheWindow()
{
    QFETCH(QSize, size);
    QFETCH(QString, screenshot);
    QVERIFY(openWindow(size));
    QVERIFY(waitLoaded());
    // At the default size both tables fit whole; at 1024x768 the VPC table does, and the instance table
    // shows the columns needed to link (ID to Linked VPC) whole without scrolling.
    const bool narrow = size.width() < 1280;
    for (QTableView *view : {instanceView(), vpcView()}) {
        QHeaderView *header = view->horizontalHeader();
        const int shownWhole =
            narrow && view == instanceView() ? int(InstanceTableModel::LinkedVpcColumn) + 1 : header->count();
        for (int column = 0; column < shownWhole; ++column) {
            const QString what = QStringLiteral("%1 column %2").arg(view->objectName()).arg(column);
            QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <=
                         view->viewport()->width(),
                     qPrintable(what));
            // Every header can be read in full.
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column) - 1, qPrintable(what));
        }
        if (!narrow)
            QVERIFY2(!view->horizontalScrollBar()->isVisible(), qPrintable(view->objectName()));
    }
    // At the default size, the IDs a user links by and the traffic state are not cut.
    if (size == QSize(1280, 800)) {
        for (const auto &[view, column] :
             {std::pair{instanceView(), int(InstanceTableModel::IdColumn)},
              std::pair{instanceView(), int(InstanceTableModel::TrafficColumn)}, std::pair{vpcView(), 0}}) {
            QVERIFY2(view->horizontalHeader()->sectionSize(column) >=
                         static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("%1 column %2").arg(view->objectName()).arg(column)));
        }
    }
    if (!screenshot.isEmpty()) {
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QVERIFY(m_window->grab().save(QStringLiteral(SCREENSHOT_DIR "/") + screenshot));
    }
}

void TestWindowLayout::widthsSetByHandAreKept()
{
    QVERIFY(openWindow({1280, 800}));
    QVERIFY(waitLoaded());
    QHeaderView *header = instanceView()->horizontalHeader();
    const int fitted = header->sectionSize(InstanceTableModel::NameColumn);
    // A drag on the edge between Name and Status, as a user sizes a column.
    const int edge = header->sectionViewportPosition(InstanceTableModel::NameColumn) + fitted - 1;
    const QPoint from(edge, header->height() / 2);
    QTest::mouseMove(header->viewport(), from);
    QCOMPARE(header->viewport()->cursor().shape(), Qt::SplitHCursor);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(header->viewport(), from + QPoint(60, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, from + QPoint(60, 0));
    const int byHand = header->sectionSize(InstanceTableModel::NameColumn);
    QVERIFY(byHand > fitted + 30);
    QVERIFY(ui::ColumnFitter::of(instanceView())->sizedByUser());

    // A refresh does not undo it; nor does the next run.
    action("actionRefresh")->trigger();
    QTRY_VERIFY(m_workspace->isLoading());
    QVERIFY(waitLoaded());
    QCOMPARE(header->sectionSize(InstanceTableModel::NameColumn), byHand);
    m_window->close();
    QVERIFY(openWindow({1280, 800}));
    QVERIFY(waitLoaded());
    QCOMPARE(instanceView()->horizontalHeader()->sectionSize(InstanceTableModel::NameColumn), byHand);
    // The VPC table, not sized by hand, still fits its content.
    QVERIFY(!ui::ColumnFitter::of(vpcView())->sizedByUser());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
