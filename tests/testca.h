// A throw-away certificate authority and a "localhost" server certificate it signed, made with the
// openssl command at test time, for the HTTPS tests.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace clm::test {

class TestCa
{
public:
    // Empty when everything was made, else what went wrong.
    QString make()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QStringLiteral("openssl is needed to make a test CA");
        QFile ext(path("ext.cnf"));
        if (!ext.open(QIODevice::WriteOnly))
            return ext.errorString();
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        ext.close();
        for (const char *command :
             {"req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=Test-CA",
              "req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=localhost",
              "x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 "
              "-extfile ext.cnf"}) {
            QProcess process;
            process.setWorkingDirectory(m_dir.path());
            process.start(openssl, QString::fromLatin1(command).split(u' '));
            if (!process.waitForFinished(30000) || process.exitCode() != 0)
                return QStringLiteral("openssl %1 failed: %2")
                    .arg(QLatin1String(command), QString::fromLocal8Bit(process.readAllStandardError()));
        }
        return {};
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QByteArray read(const char *name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace clm::test
