#!/usr/bin/env python3
"""Writes functions/lib/catalog/known-classes/<list>.yaml: every in-tree driver
class of a pinned openstack/cinder and openstack/manila commit (RHOSO 18 is
built on 2023.1 "Antelope"; the tag 2023.1-eom is the last commit of
stable/2023.1).

Usage (the repositories are git directories, e.g. the snapshots `fetch` brings):
  python3 scripts/data/extract-driver-classes.py CINDER_GIT MANILA_GIT [REF]

A class is listed when it is defined in a module under the driver package and
its name ends in "Driver" or it derives (directly or through other classes of
the tree) from such a class or from the service's driver base module; module-
level aliases (`Driver = driver.UnityDriver`) are listed as well. The
services' MAPPING tables (deprecated class paths they still accept) are listed
as `deprecated`. Nothing is imported or executed: the sources are parsed.
"""
import ast
import datetime
import subprocess
import sys

LISTS = [
    # (list file, repo key, package dir, base modules whose classes count as driver bases, manager holding MAPPING)
    ('cinder-volume', 'cinder', 'cinder/volume/drivers', ('cinder.volume.driver',), 'cinder/volume/manager.py'),
    ('cinder-backup', 'cinder', 'cinder/backup/drivers', ('cinder.backup.driver', 'cinder.backup.chunkeddriver'), None),
    ('manila-share', 'manila', 'manila/share/drivers', ('manila.share.driver',), 'manila/share/manager.py'),
]


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], check=True, capture_output=True, text=True).stdout


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return inner + '.' + node.attr if inner else None
    return None


def module_of(path):
    mod = path[:-3].replace('/', '.')
    return mod[: -len('.__init__')] if mod.endswith('.__init__') else mod


def scan(repo, commit, package, bases_modules):
    files = [f for f in git(repo, 'ls-tree', '-r', '--name-only', commit, package).split('\n') if f.endswith('.py') and '/tests/' not in f]
    classes = {}  # module -> {class: [base simple names or dotted]}
    aliases = {}  # module -> {alias: target simple name}
    imports = {}  # module -> {local name: full dotted module}
    for f in files:
        mod = module_of(f)
        tree = ast.parse(git(repo, 'show', f'{commit}:{f}'))
        classes[mod] = {}
        aliases[mod] = {}
        imports[mod] = {}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                classes[mod][node.name] = [b for b in (dotted(x) for x in node.bases) if b]
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                target = dotted(node.value)
                if target and target.split('.')[-1][:1].isupper():
                    aliases[mod][node.targets[0].id] = target
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    imports[mod][a.asname or a.name] = node.module + '.' + a.name
            elif isinstance(node, ast.Import):
                for a in node.names:
                    imports[mod][a.asname or a.name.split('.')[-1]] = a.name
    base_names = set()
    for bm in bases_modules:
        src = git(repo, 'show', f'{commit}:{bm.replace(".", "/")}.py')
        base_names |= {n.name for n in ast.parse(src).body if isinstance(n, ast.ClassDef)}
    simple_driver = set()
    changed = True
    while changed:
        changed = False
        for mod, cs in classes.items():
            for name, bases in cs.items():
                # Mixins and helpers share a base module with drivers but are never configured as one.
                if name in simple_driver or name.endswith(('Mixin', 'Helper')):
                    continue
                tails = [b.split('.')[-1] for b in bases]
                heads = [imports[mod].get(b.split('.')[0], '') for b in bases]
                from_base_module = any(b.split('.')[-1] in base_names and any(h.startswith(bm) for bm in bases_modules) for b, h in zip(bases, heads))
                if name.endswith('Driver') or from_base_module or any(t in simple_driver for t in tails):
                    simple_driver.add(name)
                    changed = True
    out = set()
    for mod, cs in classes.items():
        for name in cs:
            if name in simple_driver:
                out.add(f'{mod}.{name}')
        for alias, target in aliases[mod].items():
            if target.split('.')[-1] in simple_driver:
                out.add(f'{mod}.{alias}')
    return sorted(out), sorted(classes)


def mapping(repo, commit, path):
    tree = ast.parse(git(repo, 'show', f'{commit}:{path}'))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == 'MAPPING' for t in node.targets):
            return {ast.literal_eval(k): ast.literal_eval(v) for k, v in zip(node.value.keys, node.value.values)}
    return {}


def main():
    repos = {'cinder': sys.argv[1], 'manila': sys.argv[2]}
    ref = sys.argv[3] if len(sys.argv) > 3 else '2023.1-eom'
    today = datetime.date.today().isoformat()
    for name, key, package, bases, manager in LISTS:
        repo = repos[key]
        commit = git(repo, 'rev-parse', f'{ref}^{{commit}}').strip()
        found, modules = scan(repo, commit, package, bases)
        deprecated = mapping(repo, commit, manager) if manager else {}
        lines = [
            f'# In-tree {name} driver classes of openstack/{key} {ref}.',
            f'# Generated by scripts/data/extract-driver-classes.py; do not edit by hand.',
            f'# repo: https://opendev.org/openstack/{key}',
            f'# commit: {commit} (tag {ref}, the last commit of stable/2023.1)',
            f'# path: {package}/ (classes), {manager or "-"} (MAPPING)',
            f'# generated: {today}',
            f'service: {key}',
            f'list: {name}',
            'modules:',
            *[f'- {m}' for m in modules],
            'classes:',
            *[f'- {c}' for c in found],
            'deprecated:' + ('' if deprecated else ' {}'),
            *[f'  {k}: {v}' for k, v in sorted(deprecated.items())],
        ]
        with open(f'functions/lib/catalog/known-classes/{name}.yaml', 'w') as fh:
            fh.write('\n'.join(lines) + '\n')
        print(f'{name}: {len(found)} classes in {len(modules)} modules, {len(deprecated)} deprecated paths')


if __name__ == '__main__':
    main()
