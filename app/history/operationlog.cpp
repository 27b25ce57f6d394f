#include "operationlog.h"

#include "operationexport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace clm {

namespace {

// 2: a security group call is one operation with its group and rules (1 wrote one rule per operation).
constexpr int kFormatVersion = 2;
constexpr qsizetype kChecksumLength = 16; // hex digits: the first 8 bytes of the record's SHA-256

// What release 0.1.0 wrote for an error kind: its number in the enum of the day. Frozen: later logs store
// the name (errorKindName), so inserting a kind changes nothing that was written.
ErrorKind errorKindFromRecord(const QJsonValue &value)
{
    if (value.isString())
        return errorKindFromName(value.toString());
    static const ErrorKind kNumbered[] = {ErrorKind::None,          ErrorKind::Network,    ErrorKind::Timeout,
                                          ErrorKind::Tls,           ErrorKind::HttpStatus, ErrorKind::Service,
                                          ErrorKind::MalformedBody, ErrorKind::Cancelled};
    const qint64 number = value.isDouble() ? value.toInteger(-1) : -1;
    return number >= 0 && number < qint64(std::size(kNumbered)) ? kNumbered[number] : ErrorKind::Unknown;
}

QByteArray checksum(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex().left(kChecksumLength);
}

// One line: checksum, space, compact JSON, newline. Compact JSON never contains a raw newline.
QByteArray encodeRecord(const QJsonObject &object)
{
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return checksum(payload) + ' ' + payload + '\n';
}

std::optional<QJsonObject> decodeRecord(QByteArrayView line)
{
    if (line.size() < kChecksumLength + 3 || line.at(kChecksumLength) != ' ')
        return std::nullopt;
    const QByteArray payload = line.sliced(kChecksumLength + 1).toByteArray();
    if (checksum(payload) != line.first(kChecksumLength))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QJsonObject ruleToJson(const SecurityRule &rule)
{
    return {{QStringLiteral("protocol"), rule.ipProtocol},
            {QStringLiteral("ports"), rule.portRange},
            {QStringLiteral("sourceGroup"), rule.sourceGroupId},
            {QStringLiteral("sourceCidr"), rule.sourceCidrIp},
            {QStringLiteral("policy"), rule.policy},
            {QStringLiteral("priority"), rule.priority},
            {QStringLiteral("nicType"), rule.nicType},
            {QStringLiteral("description"), rule.description}};
}

SecurityRule ruleFromJson(const QJsonObject &object)
{
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    return {text("protocol"),   text("ports"),      text("sourceGroup"),
            text("sourceCidr"), text("policy"),     object.value(QLatin1String("priority")).toInt(1),
            text("nicType"),    text("description")};
}

// The group and rules of a security group call: "group" and "rules" since 0.2; 0.1.0 wrote one rule per
// operation, as "rule" with its group inside.
void readRules(const QJsonObject &planned, Operation *operation)
{
    if (const QJsonObject single = planned.value(QLatin1String("rule")).toObject(); !single.isEmpty()) {
        operation->groupId = single.value(QLatin1String("group")).toString();
        operation->rules = {RuleChange{ruleFromJson(single)}};
        return;
    }
    operation->groupId = planned.value(QLatin1String("group")).toString();
    const QJsonArray rules = planned.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &rule : rules)
        operation->rules.append(RuleChange{ruleFromJson(rule.toObject())});
}

std::optional<LoggedBatch> batchFromPlan(const QJsonObject &plan)
{
    LoggedBatch batch;
    batch.id = QUuid::fromString(plan.value(QLatin1String("batch")).toString());
    batch.action = plan.value(QLatin1String("action")).toString();
    batch.kind = operationKindFromAction(batch.action);
    batch.regionId = plan.value(QLatin1String("region")).toString();
    batch.vpcId = plan.value(QLatin1String("vpc")).toString();
    batch.accountName = plan.value(QLatin1String("account")).toString();
    batch.accessKeyId = plan.value(QLatin1String("accessKeyId")).toString();
    batch.endpoint = plan.value(QLatin1String("endpoint")).toString();
    batch.created = QDateTime::fromString(plan.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    const QJsonArray operations = plan.value(QLatin1String("operations")).toArray();
    const int version = plan.value(QLatin1String("v")).toInt();
    if (version < 1 || version > kFormatVersion || batch.id.isNull() || batch.action.isEmpty() ||
        operations.isEmpty())
        return std::nullopt;
    for (const QJsonValue &value : operations) {
        const QJsonObject object = value.toObject();
        Operation operation;
        operation.id = QUuid::fromString(object.value(QLatin1String("id")).toString());
        if (operation.id.isNull())
            return std::nullopt;
        operation.instanceId = object.value(QLatin1String("instance")).toString();
        readRules(object, &operation);
        operation.zoneId = object.value(QLatin1String("zone")).toString();
        operation.cidrBlock = object.value(QLatin1String("cidr")).toString();
        operation.name = object.value(QLatin1String("name")).toString();
        operation.copyOf = object.value(QLatin1String("copyOf")).toString();
        if (operation.changesRules() && operation.rules.isEmpty())
            return std::nullopt;
        operation.kind = batch.kind;
        operation.regionId = batch.regionId;
        operation.vpcId = batch.vpcId;
        operation.time = batch.created;
        batch.operations.append(operation);
    }
    return batch;
}

bool applyState(LoggedBatch &batch, const QJsonObject &record)
{
    const OperationState state = stateFromName(record.value(QLatin1String("state")).toString());
    const QJsonArray indices = record.value(QLatin1String("operations")).toArray();
    if (indices.isEmpty())
        return false;
    for (const QJsonValue &value : indices) {
        const int index = value.toInt(-1);
        if (index < 0 || index >= batch.operations.size())
            return false;
    }
    for (const QJsonValue &value : indices) {
        Operation &operation = batch.operations[value.toInt()];
        operation.state = state;
        operation.time = QDateTime::fromMSecsSinceEpoch(record.value(QLatin1String("time")).toInteger());
        operation.settledByReadBack = record.value(QLatin1String("readBack")).toBool();
        ApiResult &result = operation.result;
        // A state record before the end has no error; a final one names it.
        result.errorKind =
            operation.isFinal() ? errorKindFromRecord(record.value(QLatin1String("error"))) : ErrorKind::None;
        result.httpStatus = record.value(QLatin1String("http")).toInt();
        result.code = record.value(QLatin1String("code")).toString();
        result.message = record.value(QLatin1String("message")).toString();
        result.requestId = record.value(QLatin1String("requestId")).toString();
        result.attempts = record.value(QLatin1String("attempts")).toInt();
        result.outcomeUnknown = record.value(QLatin1String("outcomeUnknown")).toBool();
        operation.createdId = record.value(QLatin1String("created")).toString();
        // Which rules took effect: a final record lists them; a success did them all (0.1.0 wrote no list);
        // a record on the way (sent, checking) leaves them as they were.
        const QJsonValue done = record.value(QLatin1String("rulesDone"));
        for (qsizetype i = 0; i < operation.rules.size(); ++i) {
            if (state == OperationState::Succeeded)
                operation.rules[i].done = true;
            else if (done.isArray())
                operation.rules[i].done = done.toArray().contains(QJsonValue(i));
        }
    }
    return true;
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A new file's name is durable only once its directory is synced.
bool syncDirectory(const QString &directory)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(directory)
    return true;
#endif
}

bool planIsComplete(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readLine().endsWith('\n');
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("OperationLog", "Cannot write the operation log %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString LoggedBatch::endpointText(const QUrl &endpointOverride)
{
    QUrl url = endpointOverride.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.toString();
}

int LoggedBatch::finishedCount() const
{
    return int(std::count_if(operations.cbegin(), operations.cend(),
                             [](const Operation &o) { return o.isFinal(); }));
}

OperationLog::OperationLog(const QString &path)
    : m_file(path)
{}

OperationLog::~OperationLog() = default;

namespace {

std::unique_ptr<QLockFile> lockFileFor(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    // Only a live process keeps the lock: a batch may run for hours, and a killed one must be resumable.
    lock->setStaleLockTime(0);
    return lock;
}

// QLockFile takes a lock by creating the file and then writing its owner into it. A process killed in
// between leaves a file that names nobody, which QLockFile (with no stale time) would honour forever and
// so hide the batch for good. Writing a few bytes takes far less than a second: a nameless lock older than
// that is such a leftover and is removed.
bool tryLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    const QFileInfo file(lock.fileName());
    if (!file.exists() || file.lastModified().secsTo(QDateTime::currentDateTime()) < 2)
        return false;
    lock.removeStaleLockFile();
    return lock.tryLock(0);
}

} // namespace

bool OperationLog::lock(QString *error)
{
    m_lock = lockFileFor(m_file.fileName());
    if (tryLock(*m_lock))
        return true;
    qint64 pid = 0;
    QString host, application;
    m_lock->getLockInfo(&pid, &host, &application);
    *error = QCoreApplication::translate(
                 "OperationLog", "This batch is being sent by another program right now (%1, process %2). "
                                 "Wait until it finishes; nothing was sent from here.")
                 .arg(application.isEmpty() ? QStringLiteral("?") : application)
                 .arg(pid);
    m_lock.reset();
    return false;
}

bool OperationLog::isInUse(const QString &path)
{
    const std::unique_ptr<QLockFile> lock = lockFileFor(path);
    if (!tryLock(*lock))
        return true;
    lock->unlock();
    return false;
}

QString OperationLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/classiclink-manager/batches");
}

std::unique_ptr<OperationLog> OperationLog::create(const QString &directory, LoggedBatch &batch,
                                                   QString *error)
{
    if (!QDir().mkpath(directory) ||
        !QFile::setPermissions(directory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = cannotWrite(directory,
                             QCoreApplication::translate("OperationLog", "the folder cannot be created."));
        return nullptr;
    }
    if (batch.id.isNull())
        batch.id = QUuid::createUuid();
    batch.created = QDateTime::currentDateTimeUtc();
    const QString name = batch.created.toString(QStringLiteral("yyyyMMdd-HHmmsszzz-")) +
                         batch.id.toString(QUuid::WithoutBraces) + QLatin1String(".log");
    batch.path = QDir(directory).filePath(name);
    std::unique_ptr<OperationLog> log(new OperationLog(batch.path));
    if (!log->lock(error))
        return nullptr;
    if (!log->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = cannotWrite(batch.path, log->m_file.errorString());
        return nullptr;
    }
    // The log names the account and its AccessKey ID: for the user's eyes only.
    if (!log->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = cannotWrite(batch.path, log->m_file.errorString());
        log->m_file.remove();
        return nullptr;
    }

    QJsonArray operations;
    for (const Operation &operation : std::as_const(batch.operations)) {
        QJsonObject planned{{QStringLiteral("id"), operation.id.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("instance"), operation.instanceId}};
        if (operation.changesRules()) {
            QJsonArray rules;
            for (const RuleChange &rule : operation.rules)
                rules.append(ruleToJson(rule.rule));
            planned.insert(QStringLiteral("group"), operation.groupId);
            planned.insert(QStringLiteral("rules"), rules);
        }
        // What a Create call makes (written only for those, so older releases read the other logs as before).
        const std::pair<const char *, QString> created[] = {{"zone", operation.zoneId},
                                                            {"cidr", operation.cidrBlock},
                                                            {"name", operation.name},
                                                            {"copyOf", operation.copyOf}};
        for (const auto &[key, value] : created) {
            if (!value.isEmpty())
                planned.insert(QLatin1String(key), value);
        }
        operations.append(planned);
    }
    const QJsonObject plan{{QStringLiteral("v"), kFormatVersion},
                           {QStringLiteral("batch"), batch.id.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("action"), apiAction(batch.kind)},
                           {QStringLiteral("region"), batch.regionId},
                           {QStringLiteral("vpc"), batch.vpcId},
                           {QStringLiteral("account"), batch.accountName},
                           {QStringLiteral("accessKeyId"), batch.accessKeyId},
                           {QStringLiteral("endpoint"), batch.endpoint},
                           {QStringLiteral("created"), batch.created.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("operations"), operations}};
    if (!log->appendRecord(plan)) {
        *error = log->m_error;
        log->m_file.remove();
        return nullptr;
    }
    if (!syncDirectory(directory)) {
        *error = cannotWrite(directory,
                             QCoreApplication::translate("OperationLog", "the folder cannot be synced."));
        log->m_file.remove();
        return nullptr;
    }
    return log;
}

std::unique_ptr<OperationLog> OperationLog::reopen(const QString &path, LoggedBatch *batch, QString *error)
{
    std::unique_ptr<OperationLog> log(new OperationLog(path));
    // Whoever resumes holds the lock before reading, so two processes can never both continue it.
    if (!log->lock(error))
        return nullptr;
    qint64 validSize = 0;
    std::optional<LoggedBatch> read = OperationLog::read(path, &validSize);
    if (!read) {
        *error = QCoreApplication::translate("OperationLog", "The operation log %1 cannot be read.")
                     .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // A record torn by a crash is cut off (safe: nobody else holds the lock), so the next one starts on a
    // line of its own; every later record is appended.
    if (!QFile::resize(path, validSize) || !log->m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = cannotWrite(path, log->m_file.errorString());
        return nullptr;
    }
    *batch = std::move(*read);
    return log;
}

std::optional<LoggedBatch> OperationLog::read(const QString &path, qint64 *validSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<LoggedBatch> batch = parse(file.readAll(), validSize);
    if (batch)
        batch->path = path;
    return batch;
}

std::optional<LoggedBatch> OperationLog::parse(const QByteArray &bytes, qint64 *validSize)
{
    std::optional<LoggedBatch> batch;
    qsizetype at = 0;
    // Records are read up to the first one that is incomplete or fails its checksum; nothing after a
    // damaged record is trusted.
    while (at < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            break;
        const std::optional<QJsonObject> record = decodeRecord(QByteArrayView(bytes).sliced(at, end - at));
        if (!record)
            break;
        if (!batch) {
            batch = batchFromPlan(*record);
            if (!batch)
                break;
        } else if (!applyState(*batch, *record)) {
            break;
        }
        at = end + 1;
    }
    if (validSize)
        *validSize = batch ? at : 0;
    return batch;
}

QList<LoggedBatch> OperationLog::interrupted(const QString &directory)
{
    QList<LoggedBatch> batches;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        std::optional<LoggedBatch> batch = read(dir.filePath(name));
        if (batch && batch->isInterrupted() && !isInUse(batch->path))
            batches.append(std::move(*batch));
    }
    return batches;
}

QList<LoggedBatch> OperationLog::interrupted(const QString &directory, const QString &accessKeyId,
                                             const QString &endpoint)
{
    QList<LoggedBatch> batches = interrupted(directory);
    batches.removeIf([&](const LoggedBatch &batch) { return !batch.belongsTo(accessKeyId, endpoint); });
    return batches;
}

void OperationLog::prune(const QString &directory, int keep)
{
    QDir dir(directory);
    QStringList names = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name | QDir::Reversed);
    int kept = 0;
    for (const QString &name : std::as_const(names)) {
        if (isInUse(dir.filePath(name)))
            continue; // being written right now, perhaps still its plan
        const std::optional<LoggedBatch> batch = read(dir.filePath(name));
        if (!batch && !planIsComplete(dir.filePath(name))) {
            dir.remove(name); // cut off while the plan was written: nothing was sent for it
            continue;
        }
        // A damaged log is kept for the user to look at; an interrupted one until it is settled.
        if (!batch || batch->isInterrupted())
            continue;
        if (++kept > keep)
            dir.remove(name);
    }
}

bool OperationLog::record(const QList<int> &indices, const Operation &operation)
{
    QJsonArray list;
    for (int index : indices)
        list.append(index);
    const ApiResult &result = operation.result;
    QJsonObject object{{QStringLiteral("operations"), list},
                       {QStringLiteral("state"), stateName(operation.state)},
                       {QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()}};
    if (operation.isFinal()) {
        object.insert(QStringLiteral("error"), errorKindName(result.errorKind));
        object.insert(QStringLiteral("http"), result.httpStatus);
        object.insert(QStringLiteral("code"), result.code);
        object.insert(QStringLiteral("message"), result.message);
        object.insert(QStringLiteral("requestId"), result.requestId);
        object.insert(QStringLiteral("attempts"), result.attempts);
        object.insert(QStringLiteral("outcomeUnknown"), result.outcomeUnknown);
        object.insert(QStringLiteral("readBack"), operation.settledByReadBack);
        if (!operation.createdId.isEmpty())
            object.insert(QStringLiteral("created"), operation.createdId);
        if (operation.changesRules()) {
            QJsonArray done;
            for (qsizetype i = 0; i < operation.rules.size(); ++i) {
                if (operation.rules.at(i).done)
                    done.append(int(i));
            }
            object.insert(QStringLiteral("rulesDone"), done);
        }
    }
    return appendRecord(object);
}

bool OperationLog::appendRecord(const QJsonObject &object)
{
    const QByteArray line = encodeRecord(object);
    const qint64 before = m_file.pos();
    if (m_file.write(line) != line.size() || !syncToDisk(m_file)) {
        m_error = cannotWrite(m_file.fileName(), m_file.errorString());
        // A partly written record would hide every later one: cut it off.
        m_file.resize(before);
        m_file.seek(before);
        return false;
    }
    return true;
}

} // namespace clm
