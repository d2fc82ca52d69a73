/**
 * The fields of OpenStackVersion spec.customContainerImages (RHOSO-FIELDS.md
 * 5.1, identical on main and 18-stable): 94 scalar images and the two
 * per-back-end maps.
 */
export const SCALAR_IMAGE_FIELDS: readonly string[] = [
  'agentImage', 'ansibleeeImage', 'aodhAPIImage', 'aodhEvaluatorImage', 'aodhListenerImage', 'aodhNotifierImage', 'apacheImage',
  'barbicanAPIImage', 'barbicanKeystoneListenerImage', 'barbicanWorkerImage', 'ceilometerCentralImage', 'ceilometerComputeImage',
  'ceilometerIpmiImage', 'ceilometerMysqldExporterImage', 'ceilometerNotificationImage', 'ceilometerSgcoreImage',
  'cinderAPIImage', 'cinderBackupImage', 'cinderSchedulerImage', 'cloudkittyAPIImage', 'cloudkittyProcImage',
  'designateAPIImage', 'designateBackendbind9Image', 'designateCentralImage', 'designateMdnsImage', 'designateProducerImage',
  'designateUnboundImage', 'designateWorkerImage', 'edpmFrrImage', 'edpmIscsidImage', 'edpmKeplerImage',
  'edpmLogrotateCrondImage', 'edpmMultipathdImage', 'edpmNeutronDhcpAgentImage', 'edpmNeutronMetadataAgentImage',
  'edpmNeutronOvnAgentImage', 'edpmNeutronSriovAgentImage', 'edpmNodeExporterImage', 'edpmOpenstackNetworkExporterImage',
  'edpmOvnBgpAgentImage', 'edpmPodmanExporterImage', 'glanceAPIImage', 'heatAPIImage', 'heatCfnapiImage', 'heatEngineImage',
  'horizonImage', 'infraDnsmasqImage', 'infraMemcachedImage', 'infraRedisImage', 'ironicAPIImage', 'ironicConductorImage',
  'ironicInspectorImage', 'ironicNeutronAgentImage', 'ironicPxeImage', 'ironicPythonAgentImage', 'keystoneAPIImage', 'ksmImage',
  'manilaAPIImage', 'manilaSchedulerImage', 'mariadbImage', 'netUtilsImage', 'neutronAPIImage', 'novaAPIImage',
  'novaComputeImage', 'novaConductorImage', 'novaNovncImage', 'novaSchedulerImage', 'octaviaAPIImage',
  'octaviaHealthmanagerImage', 'octaviaHousekeepingImage', 'octaviaRsyslogImage', 'octaviaWorkerImage', 'openstackClientImage',
  'openstackNetworkExporterImage', 'osContainerImage', 'ovnControllerImage', 'ovnControllerOvsImage', 'ovnNbDbclusterImage',
  'ovnNorthdImage', 'ovnSbDbclusterImage', 'placementAPIImage', 'rabbitmqImage', 'swiftAccountImage', 'swiftContainerImage',
  'swiftObjectImage', 'swiftProxyImage', 'telemetryNodeExporterImage', 'testAnsibletestImage', 'testHorizontestImage',
  'testTempestImage', 'testTobikoImage', 'watcherAPIImage', 'watcherApplierImage', 'watcherDecisionEngineImage',
];

/** Per-back-end partner image maps and the control-plane map whose keys they must match. */
export const PARTNER_IMAGE_MAPS = [
  { field: 'cinderVolumeImages', service: 'cinder', backends: 'cinderVolumes' },
  { field: 'manilaShareImages', service: 'manila', backends: 'manilaShares' },
] as const;

export const CUSTOM_IMAGE_FIELDS: readonly string[] = [...SCALAR_IMAGE_FIELDS, ...PARTNER_IMAGE_MAPS.map((m) => m.field)];
