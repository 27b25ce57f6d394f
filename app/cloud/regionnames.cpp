#include "regionnames.h"

namespace clm {

QList<Region> RegionNames::builtin()
{
    static const char *const ids[] = {
        "cn-qingdao",     "cn-beijing",     "cn-zhangjiakou", "cn-huhehaote",   "cn-wulanchabu",
        "cn-hangzhou",    "cn-shanghai",    "cn-shenzhen",    "cn-heyuan",      "cn-guangzhou",
        "cn-chengdu",     "cn-hongkong",    "ap-northeast-1", "ap-southeast-1", "ap-southeast-2",
        "ap-southeast-3", "ap-southeast-5", "ap-south-1",     "us-east-1",      "us-west-1",
        "eu-west-1",      "eu-central-1",   "me-east-1",      "cn-nanjing",     "cn-fuzhou",
        "ap-northeast-2", "ap-southeast-6", "ap-southeast-7", "me-central-1"};
    QList<Region> regions;
    for (const char *id : ids) {
        const QString regionId = QLatin1String(id);
        regions.append(Region{regionId, localName(regionId),
                              QStringLiteral("ecs.%1.aliyuncs.com").arg(regionId),
                              QStringLiteral("available")});
    }
    return regions;
}

QString RegionNames::localName(const QString &regionId)
{
    const QByteArray id = regionId.toLatin1();
    if (id == "cn-qingdao")
        return tr("China (Qingdao)");
    if (id == "cn-beijing")
        return tr("China (Beijing)");
    if (id == "cn-zhangjiakou")
        return tr("China (Zhangjiakou)");
    if (id == "cn-huhehaote")
        return tr("China (Hohhot)");
    if (id == "cn-wulanchabu")
        return tr("China (Ulanqab)");
    if (id == "cn-hangzhou")
        return tr("China (Hangzhou)");
    if (id == "cn-shanghai")
        return tr("China (Shanghai)");
    if (id == "cn-shenzhen")
        return tr("China (Shenzhen)");
    if (id == "cn-heyuan")
        return tr("China (Heyuan)");
    if (id == "cn-guangzhou")
        return tr("China (Guangzhou)");
    if (id == "cn-chengdu")
        return tr("China (Chengdu)");
    if (id == "cn-hongkong")
        return tr("China (Hong Kong)");
    if (id == "ap-northeast-1")
        return tr("Japan (Tokyo)");
    if (id == "ap-southeast-1")
        return tr("Singapore");
    if (id == "ap-southeast-2")
        return tr("Australia (Sydney)");
    if (id == "ap-southeast-3")
        return tr("Malaysia (Kuala Lumpur)");
    if (id == "ap-southeast-5")
        return tr("Indonesia (Jakarta)");
    if (id == "ap-south-1")
        return tr("India (Mumbai)");
    if (id == "us-east-1")
        return tr("US (Virginia)");
    if (id == "us-west-1")
        return tr("US (Silicon Valley)");
    if (id == "eu-west-1")
        return tr("UK (London)");
    if (id == "eu-central-1")
        return tr("Germany (Frankfurt)");
    if (id == "me-east-1")
        return tr("UAE (Dubai)");
    if (id == "cn-nanjing")
        return tr("China (Nanjing - Local Region)");
    if (id == "cn-fuzhou")
        return tr("China (Fuzhou - Local Region)");
    if (id == "ap-northeast-2")
        return tr("South Korea (Seoul)");
    if (id == "ap-southeast-6")
        return tr("Philippines (Manila)");
    if (id == "ap-southeast-7")
        return tr("Thailand (Bangkok)");
    if (id == "me-central-1")
        return tr("Saudi Arabia (Riyadh)");
    return {};
}

} // namespace clm
