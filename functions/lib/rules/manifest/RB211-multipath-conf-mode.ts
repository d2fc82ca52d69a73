import type { Rule } from '../rule.js';
import type { ManifestRuleContext } from './context.js';
import { ignitionFiles, machineConfigs } from './machine-configs.js';

const MULTIPATH_CONF = '/etc/multipath.conf';
/** 0600 (what upstream MachineConfigs use) and 0644 (what edpm_multipathd writes on computes). */
const ALLOWED_MODES = [0o600, 0o644];

export const multipathConfMode: Rule<ManifestRuleContext> = {
  id: 'RB211',
  name: 'multipath-conf-mode',
  severity: 'error',
  summary: 'A MachineConfig writes /etc/multipath.conf with a mode other than 384 (0600) or 420 (0644).',
  why:
    'Ignition file modes are decimal. ci-framework\'s multipath.j2 writes `mode: 344` (octal 0530: owner cannot write, group can execute, others cannot read; DATAPLANE.md §6 row 8), which reads like a typo of 0644 but is not: multipathd and tools run as root still read it, so nothing fails until someone edits the file or the mode is copied elsewhere.',
  fix: '`mode: 344` -> `mode: 384` (0600, as cinder-operator and the adoption guide write it)',
  check(ctx, report) {
    for (const mc of machineConfigs(ctx.items)) {
      for (const { file, index } of ignitionFiles(mc.config)) {
        if (file.path !== MULTIPATH_CONF || file.mode === undefined || ALLOWED_MODES.includes(file.mode)) continue;
        const octal = typeof file.mode === 'number' ? ` (octal 0${file.mode.toString(8)})` : '';
        report({
          item: mc.item,
          path: ['spec', 'config', 'storage', 'files', index, 'mode'],
          message: `${MULTIPATH_CONF} gets mode ${JSON.stringify(file.mode)}${octal}; Ignition modes are decimal`,
          hint: 'write mode: 384 (0600) or 420 (0644)',
        });
      }
    }
  },
};
