#include "apirequest.h"

namespace clm {

QString defaultApiVersion(Product product)
{
    return product == Product::Vpc ? QStringLiteral("2016-04-28") : QStringLiteral("2014-05-26");
}

QString productName(Product product)
{
    return product == Product::Vpc ? QStringLiteral("vpc") : QStringLiteral("ecs");
}

} // namespace clm
