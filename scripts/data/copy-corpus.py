#!/usr/bin/env python3
"""Copies published RHOSO manifests into test/data/corpus/ (the corpus that
test/corpus-validate and the import command's tests read), and writes
test/data/corpus/PROVENANCE.md. Files are copied as published: whole files
byte for byte; from guides (Markdown, AsciiDoc, reStructuredText) the YAML of
each relevant code block (the heredoc body of `cat << EOF`, the argument of
`oc patch --patch '...'`), unchanged; architecture examples rendered with
`kubectl kustomize` from the pinned commit, as the repository's CI does.

Usage: python3 scripts/data/copy-corpus.py MIRROR_DIR   (MIRROR_DIR holds <owner>+<repo>/repo git dirs)
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import textwrap

OUT = 'test/data/corpus'
RELEVANT = re.compile(r'kind: Secret|cinderVolumes|manilaShares|glanceAPIs|extraMounts|customContainerImages|customServiceConfig|kind: OpenStackControlPlane|kind: OpenStackVersion|volume_driver|share_driver')

# (repo, licence, ref, kind, path): kind is file | blocks | kustomize
SOURCES = [
    ('openstack-k8s-operators/architecture', 'none stated in the repository (openstack-k8s-operators project)', 'HEAD', 'kustomize', p)
    for p in ['examples/dt/uni01alpha/control-plane', 'examples/dt/bgp_dt01/control-plane', 'examples/dt/osasinfra/control-plane',
              'examples/dt/pidone/control-plane', 'examples/dt/dt-sharded/control-plane', 'examples/va/multi-namespace/control-plane',
              'examples/dt/dcn/control-plane', 'examples/dt/uni04delta-ipv6/control-plane', 'examples/dt/bmo01/control-plane',
              'examples/va/nfv/ovs-dpdk']
] + [
    ('openstack-k8s-operators/data-plane-adoption', 'Apache-2.0', 'HEAD', 'blocks', f'docs_user/modules/{p}.adoc')
    for p in ['proc_deploying-backend-services', 'proc_configuring-a-ceph-backend', 'proc_adopting-block-storage-service-with-dcn-backend',
              'proc_adopting-image-service-with-dcn-backend', 'proc_adopting-the-block-storage-service', 'proc_deploying-file-systems-service-control-plane',
              'proc_adopting-image-service-with-ceph-backend', 'proc_adopting-image-service-with-nfs-backend', 'proc_adopting-image-service-with-block-storage-backend']
] + [
    ('openstack-k8s-operators/data-plane-adoption', 'Apache-2.0', 'HEAD', 'file', f'tests/roles/{p}')
    for p in ['cinder_adoption/templates/cinder_volume_pure_fc.yaml.j2', 'cinder_adoption/templates/cinder_volume_netapp_iscsi.yaml.j2',
              'manila_adoption/templates/manila_netapp.yaml.j2', 'ceph_backend_configuration/templates/ceph_dcn_extramounts.yaml.j2']
] + [
    ('dell/osp-integration', 'Apache-2.0', 'HEAD', 'blocks', f'RHOSO-18.0/{p}/README.md')
    for p in ['cinder/unity', 'cinder/powerflex', 'cinder/powermax', 'cinder/powerstore', 'manila/powerscale', 'manila/powerstore']
] + [
    ('PureStorage-OpenConnect/openstack-docs', 'Apache-2.0', 'HEAD', 'blocks', p)
    for p in ['source/cinder/configuration/cinder_config_files/section_rhoso180_flasharray_configuration.rst',
              'source/manila/configuration/manila_config_files/section_rhoso18_flashblade_configuration.rst']
] + [
    ('openstack-k8s-operators/gitops', 'Apache-2.0', 'HEAD', 'file', 'components/rhoso/controlplane/controlplane/openstack-controlplane.yaml'),
    ('openstack-k8s-operators/cinder-operator', 'Apache-2.0', 'HEAD', 'blocks', 'docs/user-guide/cinder.md'),
]


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], check=True, capture_output=True, text=True).stdout


def blocks(path, text):
    """YAML code blocks of a guide, as (start line, text)."""
    lines = text.split('\n')
    out = []
    if path.endswith('.md'):
        i = 0
        while i < len(lines):
            m = re.match(r'^(\s*)```\s*(\w*)', lines[i])
            if m:
                j = i + 1
                while j < len(lines) and not re.match(r'^\s*```', lines[j]):
                    j += 1
                body = lines[i + 1:j]
                if m.group(2) in ('', 'yaml', 'yml'):
                    out.append((i + 2, '\n'.join(body)))
                i = j + 1
            else:
                i += 1
    elif path.endswith('.adoc'):
        i = 0
        while i < len(lines):
            if lines[i].strip() == '----':
                j = i + 1
                while j < len(lines) and lines[j].strip() != '----':
                    j += 1
                body = lines[i + 1:j]
                start = i + 2
                heredoc = re.match(r'^\$ (?:cat|oc apply -f -) .*<<\s*(\w+)', body[0]) if body else None
                if heredoc:
                    end = next((k for k, l in enumerate(body) if l.strip() == heredoc.group(1)), len(body))
                    body, start = body[1:end], start + 1
                elif body and re.match(r"^\$ oc patch .*--patch '$", body[0]):
                    end = next((k for k, l in enumerate(body) if l.strip() == "'"), len(body))
                    body, start = body[1:end], start + 1
                elif body and body[0].startswith('$'):
                    body = []
                out.append((start, '\n'.join(body)))
                i = j + 1
            else:
                i += 1
    elif path.endswith('.rst'):
        i = 0
        while i < len(lines):
            if re.match(r'^\s*\.\. code-block::\s*(yaml|yml)', lines[i]):
                indent = len(lines[i]) - len(lines[i].lstrip())
                j = i + 1
                body = []
                while j < len(lines) and (lines[j].strip() == '' or len(lines[j]) - len(lines[j].lstrip()) > indent):
                    body.append(lines[j])
                    j += 1
                # Directive options (`:name: ...`) belong to the directive, not to the block.
                while body and (body[0].strip() == '' or re.match(r'^\s*:[\w-]+:', body[0])):
                    body.pop(0)
                # The block's text is relative to its indentation in the rst source.
                out.append((i + 2, textwrap.dedent('\n'.join(body)).rstrip() + '\n'))
                i = j
            else:
                i += 1
    # A block that is an INI snippet (cinder.conf) is not a manifest.
    return [(n, b) for n, b in out if RELEVANT.search(b) and not re.match(r'^\s*\[[^\]]+\]\s*$', b.lstrip().split('\n')[0])]


def name_of(repo, path, suffix=''):
    return f"{repo.replace('/', '_')}__{path.replace('/', '_')}{suffix}"


def main():
    mirror = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for repo, licence, ref, kind, path in SOURCES:
        git_dir = os.path.join(mirror, repo.replace('/', '+'), 'repo')
        commit = git(git_dir, 'rev-parse', f'{ref}^{{commit}}').strip()
        if kind == 'file':
            text = git(git_dir, 'show', f'{commit}:{path}')
            out = name_of(repo, path) + ('' if path.endswith(('.yaml', '.yml')) else '.yaml')
            open(os.path.join(OUT, out), 'w').write(text)
            rows.append((out, repo, commit, path, licence, 'copied whole'))
        elif kind == 'blocks':
            text = git(git_dir, 'show', f'{commit}:{path}')
            for line, body in blocks(path, text):
                out = name_of(repo, path, f'__L{line}.yaml')
                open(os.path.join(OUT, out), 'w').write(body if body.endswith('\n') else body + '\n')
                rows.append((out, repo, commit, f'{path}:{line}', licence, 'code block'))
        elif kind == 'kustomize':
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(f"git --git-dir {git_dir} archive {commit} | tar -x -C {tmp}", shell=True, check=True)
                rendered = subprocess.run(['kubectl', 'kustomize', os.path.join(tmp, path)], check=True, capture_output=True, text=True).stdout
            out = name_of(repo, path, '.rendered.yaml')
            open(os.path.join(OUT, out), 'w').write(rendered)
            rows.append((out, repo, commit, path, licence, 'kubectl kustomize (v5.5.0)'))
    today = datetime.date.today().isoformat()
    with open(os.path.join(OUT, 'PROVENANCE.md'), 'w') as fh:
        fh.write('# Corpus: published RHOSO manifests\n\n')
        fh.write(f'Copied on {today} by `scripts/data/copy-corpus.py` from the repository snapshots named below. Files are as\n')
        fh.write('published (bugs included): whole files, the YAML of code blocks in guides (line = first line of the block), or\n')
        fh.write('architecture examples rendered with `kubectl kustomize`. Used by test/corpus-validate (and the import tests).\n\n')
        fh.write('| file | repository | commit | path | licence | how |\n| --- | --- | --- | --- | --- | --- |\n')
        for r in rows:
            fh.write('| ' + ' | '.join([f'`{r[0]}`', r[1], r[2][:12], f'`{r[3]}`', r[4], r[5]]) + ' |\n')
    print(f'{len(rows)} files from {len(set(r[1] for r in rows))} repositories')


if __name__ == '__main__':
    main()
