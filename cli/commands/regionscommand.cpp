#include "commandcontext.h"
#include "commands.h"
#include "i18n/translations.h"
#include "output.h"

namespace clm::cli {

QString RegionsCommand::summary() const
{
    return tr("The regions the account can use.");
}

void RegionsCommand::run(CommandContext &context) const
{
    const QString language = acceptLanguage();
    if (context.dryRun({CloudClient::regionsRequest(language)}))
        return;
    context.cloud()->describeRegions(language, [&context](const CloudResult<QList<Region>> &result) {
        if (!result.ok()) {
            context.printFailure(result.result);
            return context.finish(CommandContext::exitCodeFor(result.result));
        }
        Table table({QStringLiteral("RegionId"), QStringLiteral("LocalName"), QStringLiteral("Endpoint")},
                    {tr("Region"), tr("Name"), tr("Endpoint")});
        for (const Region &region : result.value)
            table.addRow({region.id, region.localName, region.endpoint});
        table.print(context.out(), context.options.format);
        context.finish(ExitOk);
    });
}

} // namespace clm::cli
