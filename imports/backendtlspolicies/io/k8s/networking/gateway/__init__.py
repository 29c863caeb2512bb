from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class BackendTlsPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicy",
):
    '''BackendTLSPolicy provides a way to configure how a Gateway connects to a Backend via TLS.

    :schema: BackendTLSPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackendTLSPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b97d8f6de2907701ba84cd4143d25bb5688e6b54fb1046e557f935a7d03a0f88)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendTlsPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackendTLSPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 
        '''
        props = BackendTlsPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackendTLSPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class BackendTlsPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''BackendTLSPolicy provides a way to configure how a Gateway connects to a Backend via TLS.

        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 

        :schema: BackendTLSPolicy
        '''
        if isinstance(spec, dict):
            spec = BackendTlsPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ad7d7e982b492c50b4353b77a326f578cf64bfd62d02fa2150f55a72ed15d7d)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "BackendTlsPolicySpec":
        '''Spec defines the desired state of BackendTLSPolicy.

        :schema: BackendTLSPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackendTlsPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackendTLSPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "target_refs": "targetRefs",
        "validation": "validation",
        "options": "options",
    },
)
class BackendTlsPolicySpec:
    def __init__(
        self,
        *,
        target_refs: typing.Sequence[typing.Union["BackendTlsPolicySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
        validation: typing.Union["BackendTlsPolicySpecValidation", typing.Dict[builtins.str, typing.Any]],
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Spec defines the desired state of BackendTLSPolicy.

        :param target_refs: TargetRefs identifies an API object to apply the policy to. Note that this config applies to the entire referenced resource by default, but this default may change in the future to provide a more granular application of the policy. TargetRefs must be *distinct*. This means either that: - They select different targets. If this is the case, then targetRef entries are distinct. In terms of fields, this means that the multi-part key defined by ``group``, ``kind``, and ``name`` must be unique across all targetRef entries in the BackendTLSPolicy. - They select different sectionNames in the same target. When more than one BackendTLSPolicy selects the same target and sectionName, implementations MUST determine precedence using the following criteria, continuing on ties: - The older policy by creation timestamp takes precedence. For example, a policy with a creation timestamp of "2021-07-15 01:02:03" MUST be given precedence over a policy with a creation timestamp of "2021-07-15 01:02:04". - The policy appearing first in alphabetical order by {namespace}/{name}. For example, a policy named ``foo/bar`` is given precedence over a policy named ``foo/baz``. For any BackendTLSPolicy that does not take precedence, the implementation MUST ensure the ``Accepted`` Condition is set to ``status: False``, with Reason ``Conflicted``. Implementations SHOULD NOT support more than one targetRef at this time. Although the API technically allows for this, the current guidance for conflict resolution and status handling is lacking. Until that can be clarified in a future release, the safest approach is to support a single targetRef. Support Levels: - Extended: Kubernetes Service referenced by backendRefs used on a Route. - HTTPRoute, GRPCRoute, TLSRoute with termination - Filters that needs a backend of type Service, like Mirror and External Authorization - Implementation-Specific: Implementations MAY use BackendTLSPolicy for: - Services not referenced by any Route (e.g., infrastructure services) - Service mesh workload-to-service communication - Other resource types beyond Service Implementations SHOULD aim to ensure that BackendTLSPolicy behavior is consistent, even outside of the extended HTTPRoute -(backendRef) -> Service path. They SHOULD clearly document how BackendTLSPolicy is interpreted in these scenarios, including: - Which resources beyond Service are supported - How the policy is discovered and applied - Any implementation-specific semantics or restrictions Note that this config applies to the entire referenced resource by default, but this default may change in the future to provide a more granular application of the policy.
        :param validation: Validation contains backend TLS validation configuration.
        :param options: Options are a list of key/value pairs to enable extended TLS configuration for each implementation. For example, configuring the minimum TLS version or supported cipher suites. A set of common keys MAY be defined by the API in the future. To avoid any ambiguity, implementation-specific definitions MUST use domain-prefixed names, such as ``example.com/my-custom-option``. Un-prefixed names are reserved for key names defined by Gateway API. Support: Implementation-specific

        :schema: BackendTlsPolicySpec
        '''
        if isinstance(validation, dict):
            validation = BackendTlsPolicySpecValidation(**validation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08de07bc35721528ba78d68b7f1a7236372b429e70b607f81903a06c64748939)
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument validation", value=validation, expected_type=type_hints["validation"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_refs": target_refs,
            "validation": validation,
        }
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def target_refs(self) -> typing.List["BackendTlsPolicySpecTargetRefs"]:
        '''TargetRefs identifies an API object to apply the policy to.

        Note that this config applies to the entire referenced resource
        by default, but this default may change in the future to provide
        a more granular application of the policy.

        TargetRefs must be *distinct*. This means either that:

        - They select different targets. If this is the case, then targetRef
          entries are distinct. In terms of fields, this means that the
          multi-part key defined by ``group``, ``kind``, and ``name`` must
          be unique across all targetRef entries in the BackendTLSPolicy.
        - They select different sectionNames in the same target.

        When more than one BackendTLSPolicy selects the same target and
        sectionName, implementations MUST determine precedence using the
        following criteria, continuing on ties:

        - The older policy by creation timestamp takes precedence. For
          example, a policy with a creation timestamp of "2021-07-15
          01:02:03" MUST be given precedence over a policy with a
          creation timestamp of "2021-07-15 01:02:04".
        - The policy appearing first in alphabetical order by {namespace}/{name}.
          For example, a policy named ``foo/bar`` is given precedence over a
          policy named ``foo/baz``.

        For any BackendTLSPolicy that does not take precedence, the
        implementation MUST ensure the ``Accepted`` Condition is set to
        ``status: False``, with Reason ``Conflicted``.

        Implementations SHOULD NOT support more than one targetRef at this
        time. Although the API technically allows for this, the current guidance
        for conflict resolution and status handling is lacking. Until that can be
        clarified in a future release, the safest approach is to support a single
        targetRef.

        Support Levels:

        - Extended: Kubernetes Service referenced by backendRefs used on a Route.
        - HTTPRoute, GRPCRoute, TLSRoute with termination
        - Filters that needs a backend of type Service, like Mirror and External Authorization
        - Implementation-Specific: Implementations MAY use BackendTLSPolicy for:
        - Services not referenced by any Route (e.g., infrastructure services)
        - Service mesh workload-to-service communication
        - Other resource types beyond Service

        Implementations SHOULD aim to ensure that BackendTLSPolicy behavior is consistent,
        even outside of the extended HTTPRoute -(backendRef) -> Service path.
        They SHOULD clearly document how BackendTLSPolicy is interpreted in these
        scenarios, including:

        - Which resources beyond Service are supported
        - How the policy is discovered and applied
        - Any implementation-specific semantics or restrictions

        Note that this config applies to the entire referenced resource
        by default, but this default may change in the future to provide
        a more granular application of the policy.

        :schema: BackendTlsPolicySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["BackendTlsPolicySpecTargetRefs"], result)

    @builtins.property
    def validation(self) -> "BackendTlsPolicySpecValidation":
        '''Validation contains backend TLS validation configuration.

        :schema: BackendTlsPolicySpec#validation
        '''
        result = self._values.get("validation")
        assert result is not None, "Required property 'validation' is missing"
        return typing.cast("BackendTlsPolicySpecValidation", result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Options are a list of key/value pairs to enable extended TLS configuration for each implementation.

        For example, configuring the
        minimum TLS version or supported cipher suites.

        A set of common keys MAY be defined by the API in the future. To avoid
        any ambiguity, implementation-specific definitions MUST use
        domain-prefixed names, such as ``example.com/my-custom-option``.
        Un-prefixed names are reserved for key names defined by Gateway API.

        Support: Implementation-specific

        :schema: BackendTlsPolicySpec#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class BackendTlsPolicySpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LocalPolicyTargetReferenceWithSectionName identifies an API object to apply a direct policy to.

        This should be used as part of Policy resources that can
        target single resources. For more information on how this policy attachment
        mode works, and a sample Policy resource, refer to the policy attachment
        documentation for Gateway API.

        Note: This should only be used for direct policy attachment when references
        to SectionName are actually needed. In all other cases,
        LocalPolicyTargetReference should be used.

        :param group: Group is the group of the target resource.
        :param kind: Kind is kind of the target resource.
        :param name: Name is the name of the target resource.
        :param section_name: SectionName is the name of a section within the target resource. When unspecified, this targetRef targets the entire resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name - HTTPRoute: HTTPRouteRule name - Service: Port name If a SectionName is specified, but does not exist on the targeted object, the Policy must fail to attach, and the policy implementation should record a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTlsPolicySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__560a0745e78dc707e9ea77b7232051540f0ee8ac0133d8bd1018beadf21756ec)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the target resource.

        :schema: BackendTlsPolicySpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: BackendTlsPolicySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: BackendTlsPolicySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        When
        unspecified, this targetRef targets the entire resource. In the following
        resources, SectionName is interpreted as the following:

        - Gateway: Listener name
        - HTTPRoute: HTTPRouteRule name
        - Service: Port name

        If a SectionName is specified, but does not exist on the targeted object,
        the Policy must fail to attach, and the policy implementation should record
        a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTlsPolicySpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpecValidation",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "ca_certificate_refs": "caCertificateRefs",
        "subject_alt_names": "subjectAltNames",
        "well_known_ca_certificates": "wellKnownCaCertificates",
    },
)
class BackendTlsPolicySpecValidation:
    def __init__(
        self,
        *,
        hostname: builtins.str,
        ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicySpecValidationCaCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        subject_alt_names: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicySpecValidationSubjectAltNames", typing.Dict[builtins.str, typing.Any]]]] = None,
        well_known_ca_certificates: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation contains backend TLS validation configuration.

        :param hostname: Hostname is used for two purposes in the connection between Gateways and backends:. 1. Hostname MUST be used as the SNI to connect to the backend (RFC 6066). 2. Hostname MUST be used for authentication and MUST match the certificate served by the matching backend, unless SubjectAltNames is specified. 3. If SubjectAltNames are specified, Hostname can be used for certificate selection but MUST NOT be used for authentication. If you want to use the value of the Hostname field for authentication, you MUST add it to the SubjectAltNames list. Support: Core
        :param ca_certificate_refs: CACertificateRefs contains one or more references to Kubernetes objects that contain a PEM-encoded TLS CA certificate bundle, which is used to validate a TLS handshake between the Gateway and backend Pod. If CACertificateRefs is empty or unspecified, then WellKnownCACertificates must be specified. Only one of CACertificateRefs or WellKnownCACertificates may be specified, not both. If CACertificateRefs is empty or unspecified, the configuration for WellKnownCACertificates MUST be honored instead if supported by the implementation. A CACertificateRef is invalid if: - It refers to a resource that cannot be resolved (e.g., the referenced resource does not exist) or is misconfigured (e.g., a ConfigMap does not contain a key named ``ca.crt``). In this case, the Reason must be set to ``InvalidCACertificateRef`` and the Message of the Condition must indicate which reference is invalid and why. - It refers to an unknown or unsupported kind of resource. In this case, the Reason must be set to ``InvalidKind`` and the Message of the Condition must explain which kind of resource is unknown or unsupported. - It refers to a resource in another namespace. This may change in future spec updates. Implementations MAY choose to perform further validation of the certificate content (e.g., checking expiry or enforcing specific formats). In such cases, an implementation-specific Reason and Message must be set for the invalid reference. In all cases, the implementation MUST ensure the ``ResolvedRefs`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason and Message that indicate the cause of the error. Connections using an invalid CACertificateRef MUST fail, and the client MUST receive an HTTP 5xx error response. If ALL CACertificateRefs are invalid, the implementation MUST also ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason ``NoValidCACertificate``. A single CACertificateRef to a Kubernetes ConfigMap kind has "Core" support. Implementations MAY choose to support attaching multiple certificates to a backend, but this behavior is implementation-specific. Support: Core - An optional single reference to a Kubernetes ConfigMap, with the CA certificate in a key named ``ca.crt``. Support: Implementation-specific - More than one reference, other kinds of resources, or a single reference that includes multiple certificates.
        :param subject_alt_names: SubjectAltNames contains one or more Subject Alternative Names. When specified the certificate served from the backend MUST have at least one Subject Alternate Name matching one of the specified SubjectAltNames. Support: Extended
        :param well_known_ca_certificates: WellKnownCACertificates specifies whether a well-known set of CA certificates may be used in the TLS handshake between the gateway and backend pod. If WellKnownCACertificates is unspecified or empty (""), then CACertificateRefs must be specified with at least one entry for a valid configuration. Only one of CACertificateRefs or WellKnownCACertificates may be specified, not both. If an implementation does not support the WellKnownCACertificates field, or the supplied value is not recognized, the implementation MUST ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason ``Invalid``. Valid values include: - "System" - indicates that well-known system CA certificates should be used. Implementations MAY define their own sets of CA certificates. Such definitions MUST use an implementation-specific, prefixed name, such as ``mycompany.com/my-custom-ca-certificates``. Support: Implementation-specific

        :schema: BackendTlsPolicySpecValidation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5085c5335b1c98f5baaf50c992881128cfdd945be697c9b693dd4a9a8df6e49b)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument ca_certificate_refs", value=ca_certificate_refs, expected_type=type_hints["ca_certificate_refs"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument well_known_ca_certificates", value=well_known_ca_certificates, expected_type=type_hints["well_known_ca_certificates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hostname": hostname,
        }
        if ca_certificate_refs is not None:
            self._values["ca_certificate_refs"] = ca_certificate_refs
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if well_known_ca_certificates is not None:
            self._values["well_known_ca_certificates"] = well_known_ca_certificates

    @builtins.property
    def hostname(self) -> builtins.str:
        '''Hostname is used for two purposes in the connection between Gateways and backends:.

        1. Hostname MUST be used as the SNI to connect to the backend (RFC 6066).
        2. Hostname MUST be used for authentication and MUST match the certificate
           served by the matching backend, unless SubjectAltNames is specified.
        3. If SubjectAltNames are specified, Hostname can be used for certificate selection
           but MUST NOT be used for authentication. If you want to use the value
           of the Hostname field for authentication, you MUST add it to the SubjectAltNames list.

        Support: Core

        :schema: BackendTlsPolicySpecValidation#hostname
        '''
        result = self._values.get("hostname")
        assert result is not None, "Required property 'hostname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ca_certificate_refs(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicySpecValidationCaCertificateRefs"]]:
        '''CACertificateRefs contains one or more references to Kubernetes objects that contain a PEM-encoded TLS CA certificate bundle, which is used to validate a TLS handshake between the Gateway and backend Pod.

        If CACertificateRefs is empty or unspecified, then WellKnownCACertificates must be
        specified. Only one of CACertificateRefs or WellKnownCACertificates may be specified,
        not both. If CACertificateRefs is empty or unspecified, the configuration for
        WellKnownCACertificates MUST be honored instead if supported by the implementation.

        A CACertificateRef is invalid if:

        - It refers to a resource that cannot be resolved (e.g., the referenced resource
          does not exist) or is misconfigured (e.g., a ConfigMap does not contain a key
          named ``ca.crt``). In this case, the Reason must be set to ``InvalidCACertificateRef``
          and the Message of the Condition must indicate which reference is invalid and why.
        - It refers to an unknown or unsupported kind of resource. In this case, the Reason
          must be set to ``InvalidKind`` and the Message of the Condition must explain which
          kind of resource is unknown or unsupported.
        - It refers to a resource in another namespace. This may change in future
          spec updates.

        Implementations MAY choose to perform further validation of the certificate
        content (e.g., checking expiry or enforcing specific formats). In such cases,
        an implementation-specific Reason and Message must be set for the invalid reference.

        In all cases, the implementation MUST ensure the ``ResolvedRefs`` Condition on
        the BackendTLSPolicy is set to ``status: False``, with a Reason and Message
        that indicate the cause of the error. Connections using an invalid
        CACertificateRef MUST fail, and the client MUST receive an HTTP 5xx error
        response. If ALL CACertificateRefs are invalid, the implementation MUST also
        ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to
        ``status: False``, with a Reason ``NoValidCACertificate``.

        A single CACertificateRef to a Kubernetes ConfigMap kind has "Core" support.
        Implementations MAY choose to support attaching multiple certificates to
        a backend, but this behavior is implementation-specific.

        Support: Core - An optional single reference to a Kubernetes ConfigMap,
        with the CA certificate in a key named ``ca.crt``.

        Support: Implementation-specific - More than one reference, other kinds
        of resources, or a single reference that includes multiple certificates.

        :schema: BackendTlsPolicySpecValidation#caCertificateRefs
        '''
        result = self._values.get("ca_certificate_refs")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicySpecValidationCaCertificateRefs"]], result)

    @builtins.property
    def subject_alt_names(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicySpecValidationSubjectAltNames"]]:
        '''SubjectAltNames contains one or more Subject Alternative Names.

        When specified the certificate served from the backend MUST
        have at least one Subject Alternate Name matching one of the specified SubjectAltNames.

        Support: Extended

        :schema: BackendTlsPolicySpecValidation#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicySpecValidationSubjectAltNames"]], result)

    @builtins.property
    def well_known_ca_certificates(self) -> typing.Optional[builtins.str]:
        '''WellKnownCACertificates specifies whether a well-known set of CA certificates may be used in the TLS handshake between the gateway and backend pod.

        If WellKnownCACertificates is unspecified or empty (""), then CACertificateRefs
        must be specified with at least one entry for a valid configuration. Only one of
        CACertificateRefs or WellKnownCACertificates may be specified, not both.
        If an implementation does not support the WellKnownCACertificates field, or
        the supplied value is not recognized, the implementation MUST ensure the
        ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with
        a Reason ``Invalid``.

        Valid values include:

        - "System" - indicates that well-known system CA certificates should be used.

        Implementations MAY define their own sets of CA certificates. Such definitions
        MUST use an implementation-specific, prefixed name, such as
        ``mycompany.com/my-custom-ca-certificates``.

        Support: Implementation-specific

        :schema: BackendTlsPolicySpecValidation#wellKnownCACertificates
        '''
        result = self._values.get("well_known_ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpecValidationCaCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class BackendTlsPolicySpecValidationCaCertificateRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''LocalObjectReference identifies an API object within the namespace of the referrer.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        References to objects with invalid Group and Kind are not valid, and must
        be rejected by the implementation, with appropriate Conditions set
        on the containing object.

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: BackendTlsPolicySpecValidationCaCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27a64621d2c6bdff109137276d78deb52dd78c8060c0a64522212f7380c144fa)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidationCaCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpecValidationSubjectAltNames",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "hostname": "hostname", "uri": "uri"},
)
class BackendTlsPolicySpecValidationSubjectAltNames:
    def __init__(
        self,
        *,
        type: "BackendTlsPolicySpecValidationSubjectAltNamesType",
        hostname: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SubjectAltName represents Subject Alternative Name.

        :param type: Type determines the format of the Subject Alternative Name. Always required. Support: Core
        :param hostname: Hostname contains Subject Alternative Name specified in DNS name format. Required when Type is set to Hostname, ignored otherwise. Support: Core
        :param uri: URI contains Subject Alternative Name specified in a full URI format. It MUST include both a scheme (e.g., "http" or "ftp") and a scheme-specific-part. Common values include SPIFFE IDs like "spiffe://mycluster.example.com/ns/myns/sa/svc1sa". Required when Type is set to URI, ignored otherwise. Support: Core

        :schema: BackendTlsPolicySpecValidationSubjectAltNames
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95d27a105b186afa9e87b115aba70016a97a99249f68f66254021d7c7f513741)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if hostname is not None:
            self._values["hostname"] = hostname
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def type(self) -> "BackendTlsPolicySpecValidationSubjectAltNamesType":
        '''Type determines the format of the Subject Alternative Name. Always required.

        Support: Core

        :schema: BackendTlsPolicySpecValidationSubjectAltNames#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("BackendTlsPolicySpecValidationSubjectAltNamesType", result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname contains Subject Alternative Name specified in DNS name format. Required when Type is set to Hostname, ignored otherwise.

        Support: Core

        :schema: BackendTlsPolicySpecValidationSubjectAltNames#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''URI contains Subject Alternative Name specified in a full URI format.

        It MUST include both a scheme (e.g., "http" or "ftp") and a scheme-specific-part.
        Common values include SPIFFE IDs like "spiffe://mycluster.example.com/ns/myns/sa/svc1sa".
        Required when Type is set to URI, ignored otherwise.

        Support: Core

        :schema: BackendTlsPolicySpecValidationSubjectAltNames#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidationSubjectAltNames(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicySpecValidationSubjectAltNamesType"
)
class BackendTlsPolicySpecValidationSubjectAltNamesType(enum.Enum):
    '''Type determines the format of the Subject Alternative Name. Always required.

    Support: Core

    :schema: BackendTlsPolicySpecValidationSubjectAltNamesType
    '''

    HOSTNAME = "HOSTNAME"
    '''Hostname.'''
    URI = "URI"
    '''URI.'''


class BackendTlsPolicyV1Alpha3(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3",
):
    '''BackendTLSPolicy provides a way to configure how a Gateway connects to a Backend via TLS.

    :schema: BackendTLSPolicyV1Alpha3
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackendTLSPolicyV1Alpha3" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c36c6ea29e1faa53b2551735dc080c04625850b431de585ba4826e52055ab46)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendTlsPolicyV1Alpha3Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackendTLSPolicyV1Alpha3".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 
        '''
        props = BackendTlsPolicyV1Alpha3Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackendTLSPolicyV1Alpha3".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class BackendTlsPolicyV1Alpha3Props:
    def __init__(
        self,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''BackendTLSPolicy provides a way to configure how a Gateway connects to a Backend via TLS.

        :param spec: Spec defines the desired state of BackendTLSPolicy.
        :param metadata: 

        :schema: BackendTLSPolicyV1Alpha3
        '''
        if isinstance(spec, dict):
            spec = BackendTlsPolicyV1Alpha3Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e981ebc67375ffcf23a38d2ccef5959ef0a5f869f3de20401c5084a466e8cf85)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "BackendTlsPolicyV1Alpha3Spec":
        '''Spec defines the desired state of BackendTLSPolicy.

        :schema: BackendTLSPolicyV1Alpha3#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackendTLSPolicyV1Alpha3#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3Spec",
    jsii_struct_bases=[],
    name_mapping={
        "target_refs": "targetRefs",
        "validation": "validation",
        "options": "options",
    },
)
class BackendTlsPolicyV1Alpha3Spec:
    def __init__(
        self,
        *,
        target_refs: typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
        validation: typing.Union["BackendTlsPolicyV1Alpha3SpecValidation", typing.Dict[builtins.str, typing.Any]],
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Spec defines the desired state of BackendTLSPolicy.

        :param target_refs: TargetRefs identifies an API object to apply the policy to. Note that this config applies to the entire referenced resource by default, but this default may change in the future to provide a more granular application of the policy. TargetRefs must be *distinct*. This means either that: - They select different targets. If this is the case, then targetRef entries are distinct. In terms of fields, this means that the multi-part key defined by ``group``, ``kind``, and ``name`` must be unique across all targetRef entries in the BackendTLSPolicy. - They select different sectionNames in the same target. When more than one BackendTLSPolicy selects the same target and sectionName, implementations MUST determine precedence using the following criteria, continuing on ties: - The older policy by creation timestamp takes precedence. For example, a policy with a creation timestamp of "2021-07-15 01:02:03" MUST be given precedence over a policy with a creation timestamp of "2021-07-15 01:02:04". - The policy appearing first in alphabetical order by {namespace}/{name}. For example, a policy named ``foo/bar`` is given precedence over a policy named ``foo/baz``. For any BackendTLSPolicy that does not take precedence, the implementation MUST ensure the ``Accepted`` Condition is set to ``status: False``, with Reason ``Conflicted``. Implementations SHOULD NOT support more than one targetRef at this time. Although the API technically allows for this, the current guidance for conflict resolution and status handling is lacking. Until that can be clarified in a future release, the safest approach is to support a single targetRef. Support Levels: - Extended: Kubernetes Service referenced by backendRefs used on a Route. - HTTPRoute, GRPCRoute, TLSRoute with termination - Filters that needs a backend of type Service, like Mirror and External Authorization - Implementation-Specific: Implementations MAY use BackendTLSPolicy for: - Services not referenced by any Route (e.g., infrastructure services) - Service mesh workload-to-service communication - Other resource types beyond Service Implementations SHOULD aim to ensure that BackendTLSPolicy behavior is consistent, even outside of the extended HTTPRoute -(backendRef) -> Service path. They SHOULD clearly document how BackendTLSPolicy is interpreted in these scenarios, including: - Which resources beyond Service are supported - How the policy is discovered and applied - Any implementation-specific semantics or restrictions Note that this config applies to the entire referenced resource by default, but this default may change in the future to provide a more granular application of the policy.
        :param validation: Validation contains backend TLS validation configuration.
        :param options: Options are a list of key/value pairs to enable extended TLS configuration for each implementation. For example, configuring the minimum TLS version or supported cipher suites. A set of common keys MAY be defined by the API in the future. To avoid any ambiguity, implementation-specific definitions MUST use domain-prefixed names, such as ``example.com/my-custom-option``. Un-prefixed names are reserved for key names defined by Gateway API. Support: Implementation-specific

        :schema: BackendTlsPolicyV1Alpha3Spec
        '''
        if isinstance(validation, dict):
            validation = BackendTlsPolicyV1Alpha3SpecValidation(**validation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10edad68f6f66955a6745cda0ebb152263594d7ee2c3daa636e5dd5358e0e691)
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument validation", value=validation, expected_type=type_hints["validation"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_refs": target_refs,
            "validation": validation,
        }
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def target_refs(self) -> typing.List["BackendTlsPolicyV1Alpha3SpecTargetRefs"]:
        '''TargetRefs identifies an API object to apply the policy to.

        Note that this config applies to the entire referenced resource
        by default, but this default may change in the future to provide
        a more granular application of the policy.

        TargetRefs must be *distinct*. This means either that:

        - They select different targets. If this is the case, then targetRef
          entries are distinct. In terms of fields, this means that the
          multi-part key defined by ``group``, ``kind``, and ``name`` must
          be unique across all targetRef entries in the BackendTLSPolicy.
        - They select different sectionNames in the same target.

        When more than one BackendTLSPolicy selects the same target and
        sectionName, implementations MUST determine precedence using the
        following criteria, continuing on ties:

        - The older policy by creation timestamp takes precedence. For
          example, a policy with a creation timestamp of "2021-07-15
          01:02:03" MUST be given precedence over a policy with a
          creation timestamp of "2021-07-15 01:02:04".
        - The policy appearing first in alphabetical order by {namespace}/{name}.
          For example, a policy named ``foo/bar`` is given precedence over a
          policy named ``foo/baz``.

        For any BackendTLSPolicy that does not take precedence, the
        implementation MUST ensure the ``Accepted`` Condition is set to
        ``status: False``, with Reason ``Conflicted``.

        Implementations SHOULD NOT support more than one targetRef at this
        time. Although the API technically allows for this, the current guidance
        for conflict resolution and status handling is lacking. Until that can be
        clarified in a future release, the safest approach is to support a single
        targetRef.

        Support Levels:

        - Extended: Kubernetes Service referenced by backendRefs used on a Route.
        - HTTPRoute, GRPCRoute, TLSRoute with termination
        - Filters that needs a backend of type Service, like Mirror and External Authorization
        - Implementation-Specific: Implementations MAY use BackendTLSPolicy for:
        - Services not referenced by any Route (e.g., infrastructure services)
        - Service mesh workload-to-service communication
        - Other resource types beyond Service

        Implementations SHOULD aim to ensure that BackendTLSPolicy behavior is consistent,
        even outside of the extended HTTPRoute -(backendRef) -> Service path.
        They SHOULD clearly document how BackendTLSPolicy is interpreted in these
        scenarios, including:

        - Which resources beyond Service are supported
        - How the policy is discovered and applied
        - Any implementation-specific semantics or restrictions

        Note that this config applies to the entire referenced resource
        by default, but this default may change in the future to provide
        a more granular application of the policy.

        :schema: BackendTlsPolicyV1Alpha3Spec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["BackendTlsPolicyV1Alpha3SpecTargetRefs"], result)

    @builtins.property
    def validation(self) -> "BackendTlsPolicyV1Alpha3SpecValidation":
        '''Validation contains backend TLS validation configuration.

        :schema: BackendTlsPolicyV1Alpha3Spec#validation
        '''
        result = self._values.get("validation")
        assert result is not None, "Required property 'validation' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3SpecValidation", result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Options are a list of key/value pairs to enable extended TLS configuration for each implementation.

        For example, configuring the
        minimum TLS version or supported cipher suites.

        A set of common keys MAY be defined by the API in the future. To avoid
        any ambiguity, implementation-specific definitions MUST use
        domain-prefixed names, such as ``example.com/my-custom-option``.
        Un-prefixed names are reserved for key names defined by Gateway API.

        Support: Implementation-specific

        :schema: BackendTlsPolicyV1Alpha3Spec#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class BackendTlsPolicyV1Alpha3SpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LocalPolicyTargetReferenceWithSectionName identifies an API object to apply a direct policy to.

        This should be used as part of Policy resources that can
        target single resources. For more information on how this policy attachment
        mode works, and a sample Policy resource, refer to the policy attachment
        documentation for Gateway API.

        Note: This should only be used for direct policy attachment when references
        to SectionName are actually needed. In all other cases,
        LocalPolicyTargetReference should be used.

        :param group: Group is the group of the target resource.
        :param kind: Kind is kind of the target resource.
        :param name: Name is the name of the target resource.
        :param section_name: SectionName is the name of a section within the target resource. When unspecified, this targetRef targets the entire resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name - HTTPRoute: HTTPRouteRule name - Service: Port name If a SectionName is specified, but does not exist on the targeted object, the Policy must fail to attach, and the policy implementation should record a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfd36d281e8eb22375fefc9ccf1f6dff0424acf1c738934e12d835b6cfbd3444)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the target resource.

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        When
        unspecified, this targetRef targets the entire resource. In the following
        resources, SectionName is interpreted as the following:

        - Gateway: Listener name
        - HTTPRoute: HTTPRouteRule name
        - Service: Port name

        If a SectionName is specified, but does not exist on the targeted object,
        the Policy must fail to attach, and the policy implementation should record
        a ``ResolvedRefs`` or similar Condition in the Policy's status.

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidation",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "ca_certificate_refs": "caCertificateRefs",
        "subject_alt_names": "subjectAltNames",
        "well_known_ca_certificates": "wellKnownCaCertificates",
    },
)
class BackendTlsPolicyV1Alpha3SpecValidation:
    def __init__(
        self,
        *,
        hostname: builtins.str,
        ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        subject_alt_names: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames", typing.Dict[builtins.str, typing.Any]]]] = None,
        well_known_ca_certificates: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Validation contains backend TLS validation configuration.

        :param hostname: Hostname is used for two purposes in the connection between Gateways and backends:. 1. Hostname MUST be used as the SNI to connect to the backend (RFC 6066). 2. Hostname MUST be used for authentication and MUST match the certificate served by the matching backend, unless SubjectAltNames is specified. 3. If SubjectAltNames are specified, Hostname can be used for certificate selection but MUST NOT be used for authentication. If you want to use the value of the Hostname field for authentication, you MUST add it to the SubjectAltNames list. Support: Core
        :param ca_certificate_refs: CACertificateRefs contains one or more references to Kubernetes objects that contain a PEM-encoded TLS CA certificate bundle, which is used to validate a TLS handshake between the Gateway and backend Pod. If CACertificateRefs is empty or unspecified, then WellKnownCACertificates must be specified. Only one of CACertificateRefs or WellKnownCACertificates may be specified, not both. If CACertificateRefs is empty or unspecified, the configuration for WellKnownCACertificates MUST be honored instead if supported by the implementation. A CACertificateRef is invalid if: - It refers to a resource that cannot be resolved (e.g., the referenced resource does not exist) or is misconfigured (e.g., a ConfigMap does not contain a key named ``ca.crt``). In this case, the Reason must be set to ``InvalidCACertificateRef`` and the Message of the Condition must indicate which reference is invalid and why. - It refers to an unknown or unsupported kind of resource. In this case, the Reason must be set to ``InvalidKind`` and the Message of the Condition must explain which kind of resource is unknown or unsupported. - It refers to a resource in another namespace. This may change in future spec updates. Implementations MAY choose to perform further validation of the certificate content (e.g., checking expiry or enforcing specific formats). In such cases, an implementation-specific Reason and Message must be set for the invalid reference. In all cases, the implementation MUST ensure the ``ResolvedRefs`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason and Message that indicate the cause of the error. Connections using an invalid CACertificateRef MUST fail, and the client MUST receive an HTTP 5xx error response. If ALL CACertificateRefs are invalid, the implementation MUST also ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason ``NoValidCACertificate``. A single CACertificateRef to a Kubernetes ConfigMap kind has "Core" support. Implementations MAY choose to support attaching multiple certificates to a backend, but this behavior is implementation-specific. Support: Core - An optional single reference to a Kubernetes ConfigMap, with the CA certificate in a key named ``ca.crt``. Support: Implementation-specific - More than one reference, other kinds of resources, or a single reference that includes multiple certificates.
        :param subject_alt_names: SubjectAltNames contains one or more Subject Alternative Names. When specified the certificate served from the backend MUST have at least one Subject Alternate Name matching one of the specified SubjectAltNames. Support: Extended
        :param well_known_ca_certificates: WellKnownCACertificates specifies whether a well-known set of CA certificates may be used in the TLS handshake between the gateway and backend pod. If WellKnownCACertificates is unspecified or empty (""), then CACertificateRefs must be specified with at least one entry for a valid configuration. Only one of CACertificateRefs or WellKnownCACertificates may be specified, not both. If an implementation does not support the WellKnownCACertificates field, or the supplied value is not recognized, the implementation MUST ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with a Reason ``Invalid``. Valid values include: - "System" - indicates that well-known system CA certificates should be used. Implementations MAY define their own sets of CA certificates. Such definitions MUST use an implementation-specific, prefixed name, such as ``mycompany.com/my-custom-ca-certificates``. Support: Implementation-specific

        :schema: BackendTlsPolicyV1Alpha3SpecValidation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d17b14f6839b0c7ffef69e9acd85c64eefea62e86b54d27910a0a41fc327c5e6)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument ca_certificate_refs", value=ca_certificate_refs, expected_type=type_hints["ca_certificate_refs"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument well_known_ca_certificates", value=well_known_ca_certificates, expected_type=type_hints["well_known_ca_certificates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hostname": hostname,
        }
        if ca_certificate_refs is not None:
            self._values["ca_certificate_refs"] = ca_certificate_refs
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if well_known_ca_certificates is not None:
            self._values["well_known_ca_certificates"] = well_known_ca_certificates

    @builtins.property
    def hostname(self) -> builtins.str:
        '''Hostname is used for two purposes in the connection between Gateways and backends:.

        1. Hostname MUST be used as the SNI to connect to the backend (RFC 6066).
        2. Hostname MUST be used for authentication and MUST match the certificate
           served by the matching backend, unless SubjectAltNames is specified.
        3. If SubjectAltNames are specified, Hostname can be used for certificate selection
           but MUST NOT be used for authentication. If you want to use the value
           of the Hostname field for authentication, you MUST add it to the SubjectAltNames list.

        Support: Core

        :schema: BackendTlsPolicyV1Alpha3SpecValidation#hostname
        '''
        result = self._values.get("hostname")
        assert result is not None, "Required property 'hostname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ca_certificate_refs(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs"]]:
        '''CACertificateRefs contains one or more references to Kubernetes objects that contain a PEM-encoded TLS CA certificate bundle, which is used to validate a TLS handshake between the Gateway and backend Pod.

        If CACertificateRefs is empty or unspecified, then WellKnownCACertificates must be
        specified. Only one of CACertificateRefs or WellKnownCACertificates may be specified,
        not both. If CACertificateRefs is empty or unspecified, the configuration for
        WellKnownCACertificates MUST be honored instead if supported by the implementation.

        A CACertificateRef is invalid if:

        - It refers to a resource that cannot be resolved (e.g., the referenced resource
          does not exist) or is misconfigured (e.g., a ConfigMap does not contain a key
          named ``ca.crt``). In this case, the Reason must be set to ``InvalidCACertificateRef``
          and the Message of the Condition must indicate which reference is invalid and why.
        - It refers to an unknown or unsupported kind of resource. In this case, the Reason
          must be set to ``InvalidKind`` and the Message of the Condition must explain which
          kind of resource is unknown or unsupported.
        - It refers to a resource in another namespace. This may change in future
          spec updates.

        Implementations MAY choose to perform further validation of the certificate
        content (e.g., checking expiry or enforcing specific formats). In such cases,
        an implementation-specific Reason and Message must be set for the invalid reference.

        In all cases, the implementation MUST ensure the ``ResolvedRefs`` Condition on
        the BackendTLSPolicy is set to ``status: False``, with a Reason and Message
        that indicate the cause of the error. Connections using an invalid
        CACertificateRef MUST fail, and the client MUST receive an HTTP 5xx error
        response. If ALL CACertificateRefs are invalid, the implementation MUST also
        ensure the ``Accepted`` Condition on the BackendTLSPolicy is set to
        ``status: False``, with a Reason ``NoValidCACertificate``.

        A single CACertificateRef to a Kubernetes ConfigMap kind has "Core" support.
        Implementations MAY choose to support attaching multiple certificates to
        a backend, but this behavior is implementation-specific.

        Support: Core - An optional single reference to a Kubernetes ConfigMap,
        with the CA certificate in a key named ``ca.crt``.

        Support: Implementation-specific - More than one reference, other kinds
        of resources, or a single reference that includes multiple certificates.

        :schema: BackendTlsPolicyV1Alpha3SpecValidation#caCertificateRefs
        '''
        result = self._values.get("ca_certificate_refs")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs"]], result)

    @builtins.property
    def subject_alt_names(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames"]]:
        '''SubjectAltNames contains one or more Subject Alternative Names.

        When specified the certificate served from the backend MUST
        have at least one Subject Alternate Name matching one of the specified SubjectAltNames.

        Support: Extended

        :schema: BackendTlsPolicyV1Alpha3SpecValidation#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames"]], result)

    @builtins.property
    def well_known_ca_certificates(self) -> typing.Optional[builtins.str]:
        '''WellKnownCACertificates specifies whether a well-known set of CA certificates may be used in the TLS handshake between the gateway and backend pod.

        If WellKnownCACertificates is unspecified or empty (""), then CACertificateRefs
        must be specified with at least one entry for a valid configuration. Only one of
        CACertificateRefs or WellKnownCACertificates may be specified, not both.
        If an implementation does not support the WellKnownCACertificates field, or
        the supplied value is not recognized, the implementation MUST ensure the
        ``Accepted`` Condition on the BackendTLSPolicy is set to ``status: False``, with
        a Reason ``Invalid``.

        Valid values include:

        - "System" - indicates that well-known system CA certificates should be used.

        Implementations MAY define their own sets of CA certificates. Such definitions
        MUST use an implementation-specific, prefixed name, such as
        ``mycompany.com/my-custom-ca-certificates``.

        Support: Implementation-specific

        :schema: BackendTlsPolicyV1Alpha3SpecValidation#wellKnownCACertificates
        '''
        result = self._values.get("well_known_ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''LocalObjectReference identifies an API object within the namespace of the referrer.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        References to objects with invalid Group and Kind are not valid, and must
        be rejected by the implementation, with appropriate Conditions set
        on the containing object.

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23d1294bfb99e20b146f89a52c3473fb45ffa022fc6c0b7e08b1f652119e58ed)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "hostname": "hostname", "uri": "uri"},
)
class BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames:
    def __init__(
        self,
        *,
        type: "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType",
        hostname: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SubjectAltName represents Subject Alternative Name.

        :param type: Type determines the format of the Subject Alternative Name. Always required. Support: Core
        :param hostname: Hostname contains Subject Alternative Name specified in DNS name format. Required when Type is set to Hostname, ignored otherwise. Support: Core
        :param uri: URI contains Subject Alternative Name specified in a full URI format. It MUST include both a scheme (e.g., "http" or "ftp") and a scheme-specific-part. Common values include SPIFFE IDs like "spiffe://mycluster.example.com/ns/myns/sa/svc1sa". Required when Type is set to URI, ignored otherwise. Support: Core

        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__997df7c8f43b0d4138f9a66952c961cd0870dff480697d02d7283dc369329042)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if hostname is not None:
            self._values["hostname"] = hostname
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def type(self) -> "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType":
        '''Type determines the format of the Subject Alternative Name. Always required.

        Support: Core

        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType", result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname contains Subject Alternative Name specified in DNS name format. Required when Type is set to Hostname, ignored otherwise.

        Support: Core

        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''URI contains Subject Alternative Name specified in a full URI format.

        It MUST include both a scheme (e.g., "http" or "ftp") and a scheme-specific-part.
        Common values include SPIFFE IDs like "spiffe://mycluster.example.com/ns/myns/sa/svc1sa".
        Required when Type is set to URI, ignored otherwise.

        Support: Core

        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="backendtlspolicies_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType"
)
class BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType(enum.Enum):
    '''Type determines the format of the Subject Alternative Name. Always required.

    Support: Core

    :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType
    '''

    HOSTNAME = "HOSTNAME"
    '''Hostname.'''
    URI = "URI"
    '''URI.'''


__all__ = [
    "BackendTlsPolicy",
    "BackendTlsPolicyProps",
    "BackendTlsPolicySpec",
    "BackendTlsPolicySpecTargetRefs",
    "BackendTlsPolicySpecValidation",
    "BackendTlsPolicySpecValidationCaCertificateRefs",
    "BackendTlsPolicySpecValidationSubjectAltNames",
    "BackendTlsPolicySpecValidationSubjectAltNamesType",
    "BackendTlsPolicyV1Alpha3",
    "BackendTlsPolicyV1Alpha3Props",
    "BackendTlsPolicyV1Alpha3Spec",
    "BackendTlsPolicyV1Alpha3SpecTargetRefs",
    "BackendTlsPolicyV1Alpha3SpecValidation",
    "BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs",
    "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames",
    "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType",
]

publication.publish()

def _typecheckingstub__b97d8f6de2907701ba84cd4143d25bb5688e6b54fb1046e557f935a7d03a0f88(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[BackendTlsPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ad7d7e982b492c50b4353b77a326f578cf64bfd62d02fa2150f55a72ed15d7d(
    *,
    spec: typing.Union[BackendTlsPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08de07bc35721528ba78d68b7f1a7236372b429e70b607f81903a06c64748939(
    *,
    target_refs: typing.Sequence[typing.Union[BackendTlsPolicySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
    validation: typing.Union[BackendTlsPolicySpecValidation, typing.Dict[builtins.str, typing.Any]],
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__560a0745e78dc707e9ea77b7232051540f0ee8ac0133d8bd1018beadf21756ec(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5085c5335b1c98f5baaf50c992881128cfdd945be697c9b693dd4a9a8df6e49b(
    *,
    hostname: builtins.str,
    ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicySpecValidationCaCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    subject_alt_names: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicySpecValidationSubjectAltNames, typing.Dict[builtins.str, typing.Any]]]] = None,
    well_known_ca_certificates: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27a64621d2c6bdff109137276d78deb52dd78c8060c0a64522212f7380c144fa(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95d27a105b186afa9e87b115aba70016a97a99249f68f66254021d7c7f513741(
    *,
    type: BackendTlsPolicySpecValidationSubjectAltNamesType,
    hostname: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c36c6ea29e1faa53b2551735dc080c04625850b431de585ba4826e52055ab46(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[BackendTlsPolicyV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e981ebc67375ffcf23a38d2ccef5959ef0a5f869f3de20401c5084a466e8cf85(
    *,
    spec: typing.Union[BackendTlsPolicyV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10edad68f6f66955a6745cda0ebb152263594d7ee2c3daa636e5dd5358e0e691(
    *,
    target_refs: typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
    validation: typing.Union[BackendTlsPolicyV1Alpha3SpecValidation, typing.Dict[builtins.str, typing.Any]],
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfd36d281e8eb22375fefc9ccf1f6dff0424acf1c738934e12d835b6cfbd3444(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d17b14f6839b0c7ffef69e9acd85c64eefea62e86b54d27910a0a41fc327c5e6(
    *,
    hostname: builtins.str,
    ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    subject_alt_names: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames, typing.Dict[builtins.str, typing.Any]]]] = None,
    well_known_ca_certificates: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23d1294bfb99e20b146f89a52c3473fb45ffa022fc6c0b7e08b1f652119e58ed(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__997df7c8f43b0d4138f9a66952c961cd0870dff480697d02d7283dc369329042(
    *,
    type: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType,
    hostname: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
