#include "printsettings.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace {

const QString printerGroup = QStringLiteral("printer");

} // namespace

namespace PrintSettings {

void restore(QPrinter &printer)
{
    QSettings settings;
    settings.beginGroup(printerGroup);
    const QString name = settings.value(QStringLiteral("name")).toString();
    // A printer that has gone since (another office, a removed driver) is simply not chosen.
    if (!name.isEmpty() && QPrinterInfo::availablePrinterNames().contains(name))
        printer.setPrinterName(name);
    const QPageSize size(QPageSize::PageSizeId(
        settings.value(QStringLiteral("pageSize"), int(QPageSize::A4)).toInt()));
    if (size.isValid())
        printer.setPageSize(size);
    printer.setPageOrientation(settings.value(QStringLiteral("landscape"), false).toBool()
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
    printer.setDuplex(QPrinter::DuplexMode(
        settings.value(QStringLiteral("duplex"), int(QPrinter::DuplexNone)).toInt()));
    printer.setColorMode(settings.value(QStringLiteral("grayScale"), true).toBool()
                             ? QPrinter::GrayScale
                             : QPrinter::Color);
    settings.endGroup();
}

void remember(const QPrinter &printer)
{
    QSettings settings;
    settings.beginGroup(printerGroup);
    if (printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(QStringLiteral("name"), printer.printerName());
    settings.setValue(QStringLiteral("pageSize"), int(printer.pageLayout().pageSize().id()));
    settings.setValue(QStringLiteral("landscape"),
                      printer.pageLayout().orientation() == QPageLayout::Landscape);
    settings.setValue(QStringLiteral("duplex"), int(printer.duplex()));
    settings.setValue(QStringLiteral("grayScale"), printer.colorMode() == QPrinter::GrayScale);
    settings.endGroup();
}

} // namespace PrintSettings
