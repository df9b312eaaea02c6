#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace switchyard {

// Names, labels and annotations of the objects the Kubernetes backend creates for a version.
//
// Object names are DNS-1123 labels (at most 63 characters of [a-z0-9-], alphanumeric at both ends).
// The readable form "sy-<endpoint>-<version>" is used only when neither name contains '-', because
// "sy-a-b-c" could be (a-b, c) or (a, b-c); every other pair, and every pair too long for 63
// characters, becomes "sy-<endpoint>-<version, truncated>-<12 hex digits of a hash of both names>".
// The readable form has exactly two '-', the hashed one at least three, so the two never meet, and
// the endpoint name (at most 32 characters) is always kept whole, so an operator can still find a
// version's Deployment by its endpoint. One Switchyard cluster per namespace: the cluster is in the
// labels, not in the object name.
class KubernetesNames
{
public:
    static constexpr std::size_t kMaxLabelLength = 63;
    static constexpr std::size_t kHashDigits = 12;

    static constexpr const char* kManagedByKey = "app.kubernetes.io/managed-by";
    static constexpr const char* kManagedByValue = "switchyard";
    static constexpr const char* kClusterKey = "switchyard.io/cluster";
    static constexpr const char* kEndpointKey = "switchyard.io/endpoint";
    static constexpr const char* kVersionKey = "switchyard.io/version";
    // The raw names, always, so adoption never has to reverse a hashed label value.
    static constexpr const char* kClusterNameAnnotation = "switchyard.io/cluster-name";
    static constexpr const char* kEndpointNameAnnotation = "switchyard.io/endpoint-name";
    static constexpr const char* kVersionNameAnnotation = "switchyard.io/version-name";

    static std::string deploymentName(std::string_view endpoint, std::string_view version);

    // A label value for any text: the text itself when it is a valid value, else "h.<16 hex digits>".
    // The '.' keeps hashed values apart from every endpoint and version name, which cannot hold one.
    static std::string labelValue(std::string_view raw);

    // The four labels of the version's objects (also its pods' labels and the Deployment's selector).
    static nlohmann::json labels(std::string_view cluster, std::string_view endpoint,
                                 std::string_view version);
    static nlohmann::json annotations(std::string_view cluster, std::string_view endpoint,
                                      std::string_view version);

    // [a-z0-9]([-a-z0-9]*[a-z0-9])? of at most 63 characters.
    static bool isDns1123Label(std::string_view name);
    // Empty, or ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9] of at most 63 characters.
    static bool isLabelValue(std::string_view value);
};

} // namespace switchyard
