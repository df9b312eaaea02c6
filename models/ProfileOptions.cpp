#include "ProfileOptions.h"

namespace switchyard::models {

client::ClientOptions clientOptionsFor(const ClusterProfile& profile)
{
    client::ClientOptions options;
    options.baseUrl = profile.url.toStdString();
    options.adminToken = profile.adminToken.toStdString();
    options.caFile = profile.caFile.toStdString();
    options.insecure = profile.insecure;
    return options;
}

} // namespace switchyard::models
