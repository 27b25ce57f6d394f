// Build-time tool: renders the application's SVG icon to the PNG sizes of the hicolor theme and to a
// Windows .ico, so every raster icon comes from the one SVG.
//   clm-render-icon ICON.svg OUTDIR NAME [--ico FILE.ico] SIZE...
// writes OUTDIR/hicolor/SIZExSIZE/apps/NAME.png for each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString ico;
    if (const qsizetype at = args.indexOf(QStringLiteral("--ico")); at >= 0 && at + 1 < args.size()) {
        ico = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: clm-render-icon ICON.svg OUTDIR NAME [--ico FILE.ico] SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "clm-render-icon: cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    for (const QString &text : args.mid(3)) {
        const int size = text.toInt();
        const QString dir = QStringLiteral("%1/hicolor/%2x%2/apps").arg(args.at(1)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, args.at(2));
        if (size <= 0 || !QDir().mkpath(dir) || !render(renderer, size).save(file, "PNG")) {
            std::fprintf(stderr, "clm-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (!ico.isEmpty()) {
        // Qt's ICO writer stores one image; 256 px is what Windows scales best from.
        QImageWriter writer(ico, "ico");
        if (!writer.write(render(renderer, 256))) {
            std::fprintf(stderr, "clm-render-icon: cannot write %s: %s\n", qPrintable(ico),
                         qPrintable(writer.errorString()));
            return 1;
        }
    }
    return 0;
}
