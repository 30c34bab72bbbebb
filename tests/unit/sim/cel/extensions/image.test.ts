// The Kubernetes image CEL library (K8s 1.33+): staging/src/k8s.io/apiserver/pkg/cel/library/image.go.
// The first cases are data from its doc comment (Apache-2.0, The Kubernetes Authors); the others
// follow go-containerregistry pkg/name (ParseReference, NewTag, NewDigest, NewRepository, NewRegistry).
import { describe, expect, it } from 'vitest';
import { errorOf, value } from './helpers';

const DIGEST = 'sha256:6aefddb645ee6963afd681b1845c661d0ea4c3b20ab9db86d9e753b203d385f2';

describe('image library (library/image.go)', () => {
  it.each([
    ["isImage('registry.k8s.io/kube-apiserver-arm64:latest')", true],
    ["isImage('nginx')", true],
    [`isImage('registry.k8s.io/kube-apiserver-arm64@${DIGEST}')`, true],
    [`isImage('registry.k8s.io/kube-apiserver-arm64:latest@${DIGEST}')`, true],
    ["isImage('registry.k8s.io//kube-apiserver-arm64')", false],
    [`image('registry.k8s.io/kube-apiserver-arm64:latest@${DIGEST}').containsDigest()`, true],
    [`image('registry.k8s.io/kube-apiserver-arm64@${DIGEST}').containsDigest()`, true],
    ["image('registry.k8s.io/kube-apiserver-arm64:latest').containsDigest()", false],
    ["image('registry.k8s.io/kube-apiserver-arm64').containsDigest()", false],
    ["image('kube-apiserver-arm64:testtag').registry()", 'index.docker.io'],
    ["image('registry.k8s.io/kube-apiserver-arm64:latest').registry()", 'registry.k8s.io'],
    ["image('registry.k8s.io/kube-apiserver-arm64').repository()", 'kube-apiserver-arm64'],
    ["image('registry.k8s.io/kube-apiserver-arm64').tag()", 'latest'],
    ["image('registry.k8s.io/kube-apiserver-arm64:testtag').tag()", 'testtag'],
    [`image('registry.k8s.io/kube-apiserver-arm64@${DIGEST}').digest()`, DIGEST],
    [`image('registry.k8s.io/kube-apiserver-arm64:latest@${DIGEST}').digest()`, DIGEST],
    ["image('registry.k8s.io/kube-apiserver-arm64:testtag').identifier()", 'testtag'],
    [`image('registry.k8s.io/kube-apiserver-arm64@${DIGEST}').identifier()`, DIGEST],
    [`image('registry.k8s.io/kube-apiserver-arm64:latest@${DIGEST}').identifier()`, DIGEST],
  ])('%s is %j', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each([
    ["image('nginx').repository()", 'library/nginx'],
    ["image('docker.io/nginx:1.27').registry()", 'index.docker.io'],
    ["image('registry.local:5000/team/app:v1').registry()", 'registry.local:5000'],
    ["image('registry.local:5000/team/app').tag()", 'latest'],
    ["image('team/app:v1').repository()", 'team/app'],
    [`image('nginx:1.27@${DIGEST}').tag()`, ''],
    ["isImage('NGINX')", false],
    ["isImage('a')", false],
    ["isImage('https://registry.k8s.io/pause')", false],
    [`isImage('nginx@sha256:abc')`, false],
  ])('%s is %j (go-containerregistry name)', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it('a registry allowlist a policy can rely on: the registry, not a string prefix', () => {
    // 'registry.k8s.io.evil.com/pause' starts with 'registry.k8s.io' but is another registry.
    expect(value("image('registry.k8s.io.evil.com/pause:3.10').registry() == 'registry.k8s.io'")).toBe(false);
    expect(value("'registry.k8s.io.evil.com/pause:3.10'.startsWith('registry.k8s.io')")).toBe(true);
  });

  it('image() of an invalid reference fails with the parser message', () => {
    expect(errorOf("image('registry.k8s.io//kube-apiserver-arm64')")).toBe('could not parse reference: registry.k8s.io//kube-apiserver-arm64');
  });
});
