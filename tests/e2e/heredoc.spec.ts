import { test, expect, type Locator, type Page } from '@playwright/test';

// A heredoc typed in an exercise's terminal: `> ` continuation prompts until the delimiter
// (bash's PS2, https://www.gnu.org/software/bash/manual/bash.html#Here-Documents), then
// `kubectl apply -f -` creates what the heredoc holds; Ctrl-C drops an open heredoc; `$?` is
// kubectl's exit status (`auth can-i` no → 1, kubectl pkg/cmd/auth/cani.go); the exercise's
// world file is visible to `ls` and `cat`.

const HEREDOC = [
  'cat <<EOF | kubectl apply -f -',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: Role',
  'metadata: { name: nap, namespace: depto-a }',
  'rules: [{ apiGroups: [""], resources: [sillones], verbs: [dormir] }]',
  '---',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: RoleBinding',
  'metadata: { name: nap, namespace: depto-a }',
  'subjects: [{ kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }]',
  'roleRef: { kind: Role, name: nap, apiGroup: rbac.authorization.k8s.io }',
  'EOF',
];

async function transcriptText(panel: Locator): Promise<string> {
  const transcript = panel.getByTestId('transcript');
  if (!(await transcript.isVisible())) await panel.getByRole('button', { name: /Transcript|Transcripción/ }).click();
  return (await transcript.innerText()).replace(/\u00a0/g, ' ');
}

async function typeLine(page: Page, line: string) {
  // The transcript's toggle takes the focus: give it back to the terminal first.
  await page.locator('[data-exercise-id="pochoclo-couch"] .xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function openTerminal(page: Page, lang: 'en' | 'es'): Promise<{ exercise: Locator; terminal: Locator }> {
  page.on('dialog', (d) => void d.accept());
  await page.goto(`/${lang}/learn/rbac/subject-verb-object/`);
  const exercise = page.locator('[data-exercise-id="pochoclo-couch"]');
  await exercise.scrollIntoViewIfNeeded();
  await exercise.getByTestId('toggle-terminal').click();
  const terminal = exercise.getByTestId('terminal');
  await expect(terminal.locator('.xterm')).toBeVisible();
  await terminal.locator('.xterm').click();
  return { exercise, terminal };
}

test('a heredoc typed line by line is applied with kubectl apply -f -', async ({ page }) => {
  test.setTimeout(150_000); // a dozen lines typed key by key
  const { exercise, terminal } = await openTerminal(page, 'en');
  await typeLine(page, 'kubectl auth can-i dormir sillones --as pochoclo -n depto-a; echo "status $?"');
  await expect.poll(() => transcriptText(exercise)).toMatch(/\nno\nstatus 1\n/);
  for (const line of HEREDOC.slice(0, 3)) await typeLine(page, line);
  // Still waiting for EOF: the terminal shows bash's continuation prompt and has run nothing.
  await expect(terminal.locator('.xterm-rows')).toContainText('> kind: Role');
  for (const line of HEREDOC.slice(3)) await typeLine(page, line);
  await expect
    .poll(() => transcriptText(exercise))
    .toMatch(/role\.rbac\.authorization\.k8s\.io\/nap created\nrolebinding\.rbac\.authorization\.k8s\.io\/nap created/);
  await typeLine(page, 'kubectl auth can-i dormir sillones --as pochoclo -n depto-a && echo "status $?"');
  await expect.poll(() => transcriptText(exercise)).toMatch(/\nyes\nstatus 0\n/);
  await page.screenshot({ path: 'test-results/heredoc-en.png' });
});

test('Ctrl-C drops an open heredoc; ls and cat show the world file (es, 390 px)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const { exercise } = await openTerminal(page, 'es');
  await typeLine(page, 'cat <<EOF');
  await typeLine(page, 'never printed');
  await page.keyboard.press('Control+C');
  await typeLine(page, 'echo after');
  await expect.poll(() => transcriptText(exercise)).toMatch(/> never printed\n\^C\n\$ echo after\nafter\n/);
  expect(await transcriptText(exercise)).not.toMatch(/^never printed$/m);
  await typeLine(page, 'ls');
  await expect.poll(() => transcriptText(exercise)).toMatch(/\$ ls\nrole\.yaml\nworld\.yaml\n/);
  await typeLine(page, 'cat world.yaml | grep -c "kind: Namespace"');
  await expect.poll(() => transcriptText(exercise)).toMatch(/grep -c "kind: Namespace"\n2\n/);
  await typeLine(page, 'echo hola > world.yaml');
  await expect
    .poll(() => transcriptText(exercise))
    .toMatch(/bash: world\.yaml: Read-only file system\n\(lab: la terminal no puede escribir world\.yaml: sus archivos son una vista de solo lectura/);
  await page.screenshot({ path: 'test-results/heredoc-es-390.png' });
});
