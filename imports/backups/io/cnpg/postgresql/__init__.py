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


class Backup(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="backups_iocnpgpostgresql.Backup",
):
    '''A Backup resource is a request for a PostgreSQL backup by the user.

    :schema: Backup
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''Defines a "Backup" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Specification of the desired behavior of the backup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b152df707a7aedab223399813de5b7c3a86a1ef49655ffc5e3049f065a3af7c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackupProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Backup".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Specification of the desired behavior of the backup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
        '''
        props = BackupProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Backup".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="backups_iocnpgpostgresql.BackupProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class BackupProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Union["BackupSpec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''A Backup resource is a request for a PostgreSQL backup by the user.

        :param metadata: 
        :param spec: Specification of the desired behavior of the backup. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: Backup
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = BackupSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45eb55b944bd1f5972d5f819a09078965bd209372448e480d0b30a317272bbd6)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
            "spec": spec,
        }

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: Backup#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> "BackupSpec":
        '''Specification of the desired behavior of the backup.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: Backup#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackupSpec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backups_iocnpgpostgresql.BackupSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster": "cluster",
        "method": "method",
        "online": "online",
        "online_configuration": "onlineConfiguration",
        "plugin_configuration": "pluginConfiguration",
        "target": "target",
    },
)
class BackupSpec:
    def __init__(
        self,
        *,
        cluster: typing.Union["BackupSpecCluster", typing.Dict[builtins.str, typing.Any]],
        method: typing.Optional["BackupSpecMethod"] = None,
        online: typing.Optional[builtins.bool] = None,
        online_configuration: typing.Optional[typing.Union["BackupSpecOnlineConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        plugin_configuration: typing.Optional[typing.Union["BackupSpecPluginConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional["BackupSpecTarget"] = None,
    ) -> None:
        '''Specification of the desired behavior of the backup.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :param cluster: The cluster to backup.
        :param method: The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``. Defaults to: ``barmanObjectStore``. Default: barmanObjectStore`.
        :param online: Whether the default type of backup with volume snapshots is online/hot (``true``, default) or offline/cold (``false``) Overrides the default setting specified in the cluster field '.spec.backup.volumeSnapshot.online'.
        :param online_configuration: Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.
        :param plugin_configuration: Configuration parameters passed to the plugin managing this backup.
        :param target: The policy to decide which instance should perform this backup. If empty, it defaults to ``cluster.spec.backup.target``. Available options are empty string, ``primary`` and ``prefer-standby``. ``primary`` to have backups run always on primary instances, ``prefer-standby`` to have backups run preferably on the most updated standby, if available.

        :schema: BackupSpec
        '''
        if isinstance(cluster, dict):
            cluster = BackupSpecCluster(**cluster)
        if isinstance(online_configuration, dict):
            online_configuration = BackupSpecOnlineConfiguration(**online_configuration)
        if isinstance(plugin_configuration, dict):
            plugin_configuration = BackupSpecPluginConfiguration(**plugin_configuration)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d9b6477ac362ec94987ecff20683b5be169e1526f2315dbd1133b6bcdd688be)
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument online", value=online, expected_type=type_hints["online"])
            check_type(argname="argument online_configuration", value=online_configuration, expected_type=type_hints["online_configuration"])
            check_type(argname="argument plugin_configuration", value=plugin_configuration, expected_type=type_hints["plugin_configuration"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster": cluster,
        }
        if method is not None:
            self._values["method"] = method
        if online is not None:
            self._values["online"] = online
        if online_configuration is not None:
            self._values["online_configuration"] = online_configuration
        if plugin_configuration is not None:
            self._values["plugin_configuration"] = plugin_configuration
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def cluster(self) -> "BackupSpecCluster":
        '''The cluster to backup.

        :schema: BackupSpec#cluster
        '''
        result = self._values.get("cluster")
        assert result is not None, "Required property 'cluster' is missing"
        return typing.cast("BackupSpecCluster", result)

    @builtins.property
    def method(self) -> typing.Optional["BackupSpecMethod"]:
        '''The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``.

        Defaults to: ``barmanObjectStore``.

        :default: barmanObjectStore`.

        :schema: BackupSpec#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["BackupSpecMethod"], result)

    @builtins.property
    def online(self) -> typing.Optional[builtins.bool]:
        '''Whether the default type of backup with volume snapshots is online/hot (``true``, default) or offline/cold (``false``) Overrides the default setting specified in the cluster field '.spec.backup.volumeSnapshot.online'.

        :schema: BackupSpec#online
        '''
        result = self._values.get("online")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def online_configuration(self) -> typing.Optional["BackupSpecOnlineConfiguration"]:
        '''Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.

        :schema: BackupSpec#onlineConfiguration
        '''
        result = self._values.get("online_configuration")
        return typing.cast(typing.Optional["BackupSpecOnlineConfiguration"], result)

    @builtins.property
    def plugin_configuration(self) -> typing.Optional["BackupSpecPluginConfiguration"]:
        '''Configuration parameters passed to the plugin managing this backup.

        :schema: BackupSpec#pluginConfiguration
        '''
        result = self._values.get("plugin_configuration")
        return typing.cast(typing.Optional["BackupSpecPluginConfiguration"], result)

    @builtins.property
    def target(self) -> typing.Optional["BackupSpecTarget"]:
        '''The policy to decide which instance should perform this backup.

        If empty,
        it defaults to ``cluster.spec.backup.target``.
        Available options are empty string, ``primary`` and ``prefer-standby``.
        ``primary`` to have backups run always on primary instances,
        ``prefer-standby`` to have backups run preferably on the most updated
        standby, if available.

        :schema: BackupSpec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["BackupSpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backups_iocnpgpostgresql.BackupSpecCluster",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class BackupSpecCluster:
    def __init__(self, *, name: builtins.str) -> None:
        '''The cluster to backup.

        :param name: Name of the referent.

        :schema: BackupSpecCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8aecdb78c9d5bebf8149a0fed91d01dc6aa1d71d9a404d4cc0fdbdc298cdfb5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        :schema: BackupSpecCluster#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="backups_iocnpgpostgresql.BackupSpecMethod")
class BackupSpecMethod(enum.Enum):
    '''The backup method to be used, possible options are ``barmanObjectStore``, ``volumeSnapshot`` or ``plugin``.

    Defaults to: ``barmanObjectStore``.

    :default: barmanObjectStore`.

    :schema: BackupSpecMethod
    '''

    BARMAN_OBJECT_STORE = "BARMAN_OBJECT_STORE"
    '''barmanObjectStore.'''
    VOLUME_SNAPSHOT = "VOLUME_SNAPSHOT"
    '''volumeSnapshot.'''
    PLUGIN = "PLUGIN"
    '''plugin.'''


@jsii.data_type(
    jsii_type="backups_iocnpgpostgresql.BackupSpecOnlineConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "immediate_checkpoint": "immediateCheckpoint",
        "wait_for_archive": "waitForArchive",
    },
)
class BackupSpecOnlineConfiguration:
    def __init__(
        self,
        *,
        immediate_checkpoint: typing.Optional[builtins.bool] = None,
        wait_for_archive: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Configuration parameters to control the online/hot backup with volume snapshots Overrides the default settings specified in the cluster '.backup.volumeSnapshot.onlineConfiguration' stanza.

        :param immediate_checkpoint: Control whether the I/O workload for the backup initial checkpoint will be limited, according to the ``checkpoint_completion_target`` setting on the PostgreSQL server. If set to true, an immediate checkpoint will be used, meaning PostgreSQL will complete the checkpoint as soon as possible. ``false`` by default.
        :param wait_for_archive: If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived. This behavior is only useful with backup software that independently monitors WAL archiving. Otherwise, WAL required to make the backup consistent might be missing and make the backup useless. By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is enabled. On a standby, this means that it will wait only when archive_mode = always. If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger an immediate segment switch.

        :schema: BackupSpecOnlineConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cde5a3c927a408d8b295468db2de3d5fc2eba32e9b2189fa1afde3fb89c8580)
            check_type(argname="argument immediate_checkpoint", value=immediate_checkpoint, expected_type=type_hints["immediate_checkpoint"])
            check_type(argname="argument wait_for_archive", value=wait_for_archive, expected_type=type_hints["wait_for_archive"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if immediate_checkpoint is not None:
            self._values["immediate_checkpoint"] = immediate_checkpoint
        if wait_for_archive is not None:
            self._values["wait_for_archive"] = wait_for_archive

    @builtins.property
    def immediate_checkpoint(self) -> typing.Optional[builtins.bool]:
        '''Control whether the I/O workload for the backup initial checkpoint will be limited, according to the ``checkpoint_completion_target`` setting on the PostgreSQL server.

        If set to true, an immediate checkpoint will be
        used, meaning PostgreSQL will complete the checkpoint as soon as
        possible. ``false`` by default.

        :schema: BackupSpecOnlineConfiguration#immediateCheckpoint
        '''
        result = self._values.get("immediate_checkpoint")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def wait_for_archive(self) -> typing.Optional[builtins.bool]:
        '''If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived.

        This behavior is only useful with backup software that independently monitors WAL archiving.
        Otherwise, WAL required to make the backup consistent might be missing and make the backup useless.
        By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is
        enabled.
        On a standby, this means that it will wait only when archive_mode = always.
        If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger
        an immediate segment switch.

        :schema: BackupSpecOnlineConfiguration#waitForArchive
        '''
        result = self._values.get("wait_for_archive")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecOnlineConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backups_iocnpgpostgresql.BackupSpecPluginConfiguration",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "parameters": "parameters"},
)
class BackupSpecPluginConfiguration:
    def __init__(
        self,
        *,
        name: builtins.str,
        parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Configuration parameters passed to the plugin managing this backup.

        :param name: Name is the name of the plugin managing this backup.
        :param parameters: Parameters are the configuration parameters passed to the backup plugin for this backup.

        :schema: BackupSpecPluginConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f69829b9e0a062d3c7435a186bd613b007ea68fe7a0c8e7954c4651c5b4cd6bb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parameters", value=parameters, expected_type=type_hints["parameters"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if parameters is not None:
            self._values["parameters"] = parameters

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the plugin managing this backup.

        :schema: BackupSpecPluginConfiguration#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def parameters(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Parameters are the configuration parameters passed to the backup plugin for this backup.

        :schema: BackupSpecPluginConfiguration#parameters
        '''
        result = self._values.get("parameters")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackupSpecPluginConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="backups_iocnpgpostgresql.BackupSpecTarget")
class BackupSpecTarget(enum.Enum):
    '''The policy to decide which instance should perform this backup.

    If empty,
    it defaults to ``cluster.spec.backup.target``.
    Available options are empty string, ``primary`` and ``prefer-standby``.
    ``primary`` to have backups run always on primary instances,
    ``prefer-standby`` to have backups run preferably on the most updated
    standby, if available.

    :schema: BackupSpecTarget
    '''

    PRIMARY = "PRIMARY"
    '''primary.'''
    PREFER_HYPHEN_STANDBY = "PREFER_HYPHEN_STANDBY"
    '''prefer-standby.'''


__all__ = [
    "Backup",
    "BackupProps",
    "BackupSpec",
    "BackupSpecCluster",
    "BackupSpecMethod",
    "BackupSpecOnlineConfiguration",
    "BackupSpecPluginConfiguration",
    "BackupSpecTarget",
]

publication.publish()

def _typecheckingstub__2b152df707a7aedab223399813de5b7c3a86a1ef49655ffc5e3049f065a3af7c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45eb55b944bd1f5972d5f819a09078965bd209372448e480d0b30a317272bbd6(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Union[BackupSpec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d9b6477ac362ec94987ecff20683b5be169e1526f2315dbd1133b6bcdd688be(
    *,
    cluster: typing.Union[BackupSpecCluster, typing.Dict[builtins.str, typing.Any]],
    method: typing.Optional[BackupSpecMethod] = None,
    online: typing.Optional[builtins.bool] = None,
    online_configuration: typing.Optional[typing.Union[BackupSpecOnlineConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    plugin_configuration: typing.Optional[typing.Union[BackupSpecPluginConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[BackupSpecTarget] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8aecdb78c9d5bebf8149a0fed91d01dc6aa1d71d9a404d4cc0fdbdc298cdfb5(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cde5a3c927a408d8b295468db2de3d5fc2eba32e9b2189fa1afde3fb89c8580(
    *,
    immediate_checkpoint: typing.Optional[builtins.bool] = None,
    wait_for_archive: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f69829b9e0a062d3c7435a186bd613b007ea68fe7a0c8e7954c4651c5b4cd6bb(
    *,
    name: builtins.str,
    parameters: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
