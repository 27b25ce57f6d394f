#include "api/endpoints.h"
#include "cloud/domaintext.h"
#include "commandcontext.h"
#include "commands.h"
#include "credentials/profile.h"
#include "output.h"

namespace clm::cli {

QString ProfilesCommand::summary() const
{
    return tr("Manage saved accounts. \"add\" reads the secret (and with --sts the token on a second line) "
              "from standard input and keeps it in the system keychain.");
}

QList<QCommandLineOption> ProfilesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("access-key-id"), tr("The AccessKey ID."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("region"), tr("The default region."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("endpoint"), tr("An endpoint for every request."),
                           QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("colour"), tr("The colour label, e.g. #d32f2f for production."),
                           QStringLiteral("#RRGGBB")),
        QCommandLineOption(QStringLiteral("sts"), tr("The account uses an STS token."))};
}

void ProfilesCommand::run(CommandContext &context) const
{
    const QStringList positional = context.positional();
    const QString sub = positional.value(0);
    const QString name = positional.value(1);
    AccountDirectory *directory = context.directory();
    const QList<Profile> profiles = directory->profiles();
    const QString usageText = tr("Usage: profiles list | show NAME | remove NAME | add NAME …");
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        Table table({QStringLiteral("Name"), QStringLiteral("AccessKeyId"), QStringLiteral("Region"),
                     QStringLiteral("Endpoint"), QStringLiteral("Signature")},
                    {tr("Name"), tr("AccessKey ID"), tr("Region"), tr("Endpoint"), tr("Signature")});
        for (const Profile &profile : profiles)
            table.addRow({profile.name, profile.accessKeyId, profile.defaultRegion,
                          profile.endpoint.toString(), signatureVersionName(profile.signatureVersion)});
        table.print(context.out(), context.options.format);
        return context.finish(ExitOk);
    }
    if (name.isEmpty() || positional.size() > 2)
        return context.usage(usageText);
    const auto existing = ProfileStore::find(profiles, name);
    if (sub == QLatin1String("show") || sub == QLatin1String("remove")) {
        if (!existing)
            return context.usage(tr("There is no saved account named \"%1\".").arg(name));
        if (sub == QLatin1String("show")) {
            Table table({QStringLiteral("Field"), QStringLiteral("Value")}, {tr("Field"), tr("Value")});
            table.addRow({tr("Name"), existing->name});
            table.addRow({tr("AccessKey ID"), existing->accessKeyId});
            table.addRow({tr("AccessKey secret"), tr("stored in the keychain")});
            table.addRow(
                {tr("STS token"), existing->hasSecurityToken ? tr("stored in the keychain") : tr("none")});
            table.addRow({tr("Region"), existing->defaultRegion});
            table.addRow({tr("Endpoint"), existing->endpoint.isEmpty() ? tr("public endpoints")
                                                                       : existing->endpoint.toString()});
            table.addRow({tr("Signature"), signatureVersionName(existing->signatureVersion)});
            table.addRow({tr("Colour"), existing->colour});
            table.print(context.out(), context.options.format);
            return context.finish(ExitOk);
        }
        directory->remove(*existing, &context, [&context, name](SecretStore::Status status, const QString &) {
            if (status != SecretStore::Status::Ok)
                return context.usage(SecretStore::statusText(status));
            context.out() << tr("Removed the account \"%1\" and its secrets.").arg(name) << '\n';
            context.finish(ExitOk);
        });
        return;
    }
    if (sub != QLatin1String("add"))
        return context.usage(usageText);
    Profile profile = existing ? *existing : ProfileStore::create(name);
    profile.accessKeyId = context.arguments.value(QStringLiteral("access-key-id"));
    if (context.arguments.isSet(QStringLiteral("region")))
        profile.defaultRegion = context.arguments.value(QStringLiteral("region"));
    profile.endpoint = {};
    if (context.arguments.isSet(QStringLiteral("endpoint"))) {
        QString error;
        profile.endpoint =
            Endpoints::parseEndpoint(context.arguments.value(QStringLiteral("endpoint")), &error);
        if (profile.endpoint.isEmpty())
            return context.usage(error);
    }
    profile.colour = context.arguments.value(QStringLiteral("colour"));
    if (const QString problem = ProfileStore::validate(profile, profiles); !problem.isEmpty())
        return context.usage(problem);
    const bool withToken = context.arguments.isSet(QStringLiteral("sts"));
    const QString secret = context.readSecret(tr("AccessKey secret:"));
    const QString token = withToken ? context.readSecret(tr("STS token:")) : QString();
    if (secret.isEmpty() || (withToken && token.isEmpty()))
        return context.usage(
            tr("Give the AccessKey secret on the first line of standard input (and with --sts "
               "the token on the second)."));
    directory->save(
        profile, secret, token, &context, [&context, name](SecretStore::Status status, const QString &) {
            if (status != SecretStore::Status::Ok)
                return context.usage(DomainText::sentences(
                    {SecretStore::statusText(status), tr("The account was not saved.")}));
            context.out() << tr("Saved the account \"%1\"; its secret is in the keychain.").arg(name) << '\n';
            context.finish(ExitOk);
        });
}

} // namespace clm::cli
