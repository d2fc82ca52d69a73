import type { Rule } from '../rule.js';
import { allBackends, type InventoryRuleContext } from './context.js';

const SERVICE_DIRS = ['/etc/cinder', '/etc/manila', '/etc/glance'];

export const fileClash: Rule<InventoryRuleContext> = {
  id: 'RB015',
  name: 'file-clash',
  severity: 'error',
  summary: 'Two files of one back end share a name or a mountPath, or a file would replace a whole service config directory.',
  why: 'Volume items and mounts must be unique per pod; mounting over /etc/cinder hides the generated cinder.conf and the pod fails.',
  fix: 'Give each file its own name and mountPath, e.g. /etc/cinder/pure/client.pem.',
  check({ inventory, item }, report) {
    for (const b of allBackends(inventory)) {
      const names = new Set<string>();
      const paths = new Set<string>();
      b.files.forEach((f, i) => {
        const at = [...b.at, 'files', i];
        if (names.has(f.name)) report({ item, path: [...at, 'name'], message: `file name "${f.name}" is used twice in back end ${b.name}`, hint: 'give each file its own name' });
        names.add(f.name);
        const mp = f.mountPath.replace(/\/+$/, '');
        if (paths.has(mp)) report({ item, path: [...at, 'mountPath'], message: `mountPath ${f.mountPath} is used twice in back end ${b.name}`, hint: 'give each file its own mountPath' });
        paths.add(mp);
        if (SERVICE_DIRS.includes(mp) || mp === '') report({ item, path: [...at, 'mountPath'], message: `mountPath ${f.mountPath} is a directory the service needs`, hint: `mount the file inside it, e.g. ${mp || '/etc/cinder'}/${f.name}` });
      });
    }
  },
};
