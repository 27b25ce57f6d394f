// Region names for when DescribeRegions cannot supply them: the built-in list of Alibaba Cloud regions,
// named in the UI language.
#pragma once

#include "domain.h"

#include <QCoreApplication>

namespace clm {

class RegionNames
{
    Q_DECLARE_TR_FUNCTIONS(clm::RegionNames)

public:
    static QList<Region> builtin();
    static QString localName(const QString &regionId); // empty when unknown
};

} // namespace clm
