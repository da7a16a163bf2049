// K8s-BestPractices-SVC1: Services stay inside the cluster unless exposure is meant:
// NodePort always opens a port on every node; a LoadBalancer is flagged unless it is
// internal (a cloud provider's internal annotation) or limited by
// loadBalancerSourceRanges.
#include <array>
#include <cctype>
#include <string>

#include "src/rule_instance.hpp"

namespace infralint::rules::k8s::service {

using model::Value;

namespace {
struct InternalAnnotation {
  std::string_view key;
  std::string_view value;  // compared without case; "" accepts any value but "false"
};

// How the cloud providers' controllers are told to build a private load balancer.
constexpr std::array<InternalAnnotation, 8> kInternalAnnotations = {{
    {"service.beta.kubernetes.io/aws-load-balancer-internal", ""},
    {"service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"},
    {"networking.gke.io/load-balancer-type", "internal"},
    {"cloud.google.com/load-balancer-type", "internal"},
    {"service.beta.kubernetes.io/azure-load-balancer-internal", "true"},
    {"service.beta.kubernetes.io/oci-load-balancer-internal", "true"},
    {"service.beta.kubernetes.io/openstack-internal-load-balancer", "true"},
    {"service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type", "private"},
}};

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool is_internal(const model::Resource& service) {
  const Value* annotations = service.at("/metadata/annotations");
  if (annotations == nullptr) return false;
  for (const InternalAnnotation& known : kInternalAnnotations) {
    const Value* value = annotations->find(known.key);
    if (value == nullptr || !value->is_scalar()) continue;
    const std::string_view text = value->as_string();
    if (known.value.empty() ? !equals_ignoring_case(text, "false") && !text.empty()
                            : equals_ignoring_case(text, known.value))
      return true;
  }
  return false;
}

// loadBalancerSourceRanges lists ranges and none of them is the whole Internet.
bool source_restricted(const model::Resource& service) {
  const Value* ranges = service.at("/spec/loadBalancerSourceRanges");
  if (ranges == nullptr || ranges->size() == 0) return false;
  for (const Value& range : ranges->items())
    if (!range.is_string() || range.as_string() == "0.0.0.0/0" || range.as_string() == "::/0") return false;
  return true;
}
}  // namespace

class ExternallyExposed final : public model::Rule {
 public:
  static constexpr model::RuleMeta kMeta{
      .id = "k8s-service-externally-exposed",
      .title = "Service is exposed outside the cluster",
      .resource_types = {"v1/Service"},
      .what = "A Service of type NodePort; or of type LoadBalancer without an internal-load-balancer annotation "
              "of AWS, Google Cloud, Azure, Oracle Cloud, OpenStack or IBM Cloud and without "
              "loadBalancerSourceRanges that leave out 0.0.0.0/0 and ::/0. A type that is not a string is "
              "unresolved.",
      .why = "NodePort opens the port on every node's address, outside any Ingress, TLS termination or "
             "authentication in front of the cluster, and usually beyond what the node firewall was meant to "
             "expose. A public LoadBalancer puts the Service on the Internet directly. Either can be intended "
             "(an ingress controller's own Service), which is why this is a warning and a suppression with a "
             "reason is the expected answer for those.",
      .fix_cfn = "apiVersion: v1\n"
                 "kind: Service\n"
                 "metadata: {name: web, namespace: shop}\n"
                 "spec:\n"
                 "  type: ClusterIP        # reach it through an Ingress or Gateway\n"
                 "  selector: {app: web}\n"
                 "  ports: [{port: 80, targetPort: 8080}]",
  };
  const model::RuleMeta& meta() const override { return kMeta; }

  void check(const model::Resource& service, model::Sink& sink) const override {
    const Value* type = service.at("/spec/type");
    if (type == nullptr || type->is_null()) return;  // ClusterIP
    if (!type->is_string()) {
      sink.unresolved(service, type, "spec.type is not a string");
      return;
    }
    if (type->as_string() == "NodePort") {
      sink.report(service, type, "type NodePort opens the Service's ports on every node");
    } else if (type->as_string() == "LoadBalancer" && !is_internal(service) && !source_restricted(service)) {
      sink.report(service, type, "type LoadBalancer without an internal annotation or source ranges is reachable from anywhere");
    }
  }
};

INFRALINT_RULE_INSTANCE(ExternallyExposed)

}  // namespace infralint::rules::k8s::service
