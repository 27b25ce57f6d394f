#include "commandcontext.h"
#include "commands.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace clm::cli {

QString CallCommand::summary() const
{
    return tr("Any ECS or VPC action, signed like the others. Writes made this way are not logged and not "
              "read back.");
}

QList<QCommandLineOption> CallCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("product"), tr("ecs or vpc (default ecs)."),
                               QStringLiteral("PRODUCT"), QStringLiteral("ecs")),
            QCommandLineOption(QStringLiteral("api-version"), tr("The API version (default: the product's)."),
                               QStringLiteral("V"))};
}

void CallCommand::run(CommandContext &context) const
{
    const QStringList positional = context.positional();
    if (positional.isEmpty())
        return context.usage(tr("call needs an action name."));
    const QString productName = context.arguments.value(QStringLiteral("product")).toLower();
    if (productName != QLatin1String("ecs") && productName != QLatin1String("vpc"))
        return context.usage(tr("--product must be ecs or vpc."));
    ApiRequest request{productName == QLatin1String("vpc") ? Product::Vpc : Product::Ecs,
                       positional.first(),
                       context.arguments.value(QStringLiteral("api-version")),
                       {},
                       false};
    static const QRegularExpression readPrefix(QStringLiteral("^(Describe|List|Get|Query)"));
    request.isWrite = !readPrefix.match(request.action).hasMatch();
    for (const QString &pair : positional.mid(1)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return context.usage(tr("\"%1\" is not Key=Value.").arg(pair));
        request.params.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!context.regionId.isEmpty() && !request.params.contains(QStringLiteral("RegionId")))
        request.params.insert(QStringLiteral("RegionId"), context.regionId);
    if (context.dryRun({request}))
        return;
    if (request.isWrite)
        context.err()
            << tr("Note: a write made with \"call\" is not logged and not read back if its answer is "
                  "lost; use attach, detach, enable-classiclink or disable-classiclink for that.")
            << '\n';
    ApiCall *call = context.client()->send(request);
    QObject::connect(call, &ApiCall::finished, &context, [&context](const ApiResult &result) {
        if (!result.ok()) {
            context.printFailure(result);
            return context.finish(CommandContext::exitCodeFor(result));
        }
        context.out() << QJsonDocument(result.body).toJson(QJsonDocument::Indented);
        context.finish(ExitOk);
    });
}

} // namespace clm::cli
