/** The host catalog (catalog/host-prerequisites.yaml): OpenShift node prerequisites per storage protocol. */
export interface HostFile {
  path: string;
  /** Decimal file mode, as Ignition wants it (384 = 0600). */
  mode: number;
  overwrite: boolean;
  contents?: string;
  /** Contents built from the protocols in use: their kernel modules, one a line. */
  contentsFrom?: 'kernelModules';
}

export interface HostUnit {
  name: string;
  enabled: boolean;
  contents?: string;
}

/** How to recognise a hand-written MachineConfig that provides the same thing (hosts.machineConfigs: check). */
export interface HostDetect {
  unit?: string;
  unitContains?: string;
  fileUnder?: string;
  contains?: string;
}

export interface HostMachineConfig {
  id: string;
  /** 99-<role>-<name>. */
  name: string;
  purpose: string;
  labels?: Record<string, string>;
  files?: HostFile[];
  units?: HostUnit[];
  detect: HostDetect;
}

export interface HostCatalog {
  protocols: Record<string, { machineConfigs: string[]; kernelModules?: string[] }>;
  machineConfigs: HostMachineConfig[];
}
