import { test, expect, type Page, type Locator } from '@playwright/test';

async function terminalText(terminal: Locator): Promise<string> {
  return (await terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
}

/** The whole session as text (the transcript view: unwrapped, including what scrolled away). */
async function transcriptText(panel: Locator): Promise<string> {
  const transcript = panel.getByTestId('transcript');
  if (!(await transcript.isVisible())) await panel.getByRole('button', { name: /Transcript|Transcripción/ }).click();
  return (await transcript.innerText()).replace(/\u00a0/g, ' ');
}

async function typeCommand(page: Page, terminal: Locator, command: string) {
  await terminal.locator('.xterm').click();
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
}

test('a demo replays to the end and the terminal shows its output', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/learn/introduction/kubernetes-basics/');
  const demo = page.locator('.demo-block').first();
  await demo.scrollIntoViewIfNeeded();
  await demo.getByRole('combobox', { name: /speed/i }).selectOption('4');
  await demo.getByRole('button', { name: 'Play' }).click();
  await expect(demo.getByRole('status')).toHaveText(/Demo finished/, { timeout: 60_000 });
  const terminal = demo.getByTestId('terminal');
  expect(await terminalText(terminal)).toMatch(/\$ /);
  const text = await transcriptText(demo);
  expect(text).toMatch(/pod\/static-web created/);
  expect(text).toMatch(/static-web\s+1\/1\s+Running/);
  expect(text).toContain('$ kubectl get pods');
  await expect(demo.getByTestId('narration')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/demo-en.png', fullPage: false });
});

test('try it yourself: type kubectl auth can-i and read the answer', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/es/learn/rbac/subject-verb-object/');
  const demo = page.locator('.demo-block').first();
  await demo.scrollIntoViewIfNeeded();
  await demo.getByRole('button', { name: 'Probalo vos' }).click();
  const terminal = demo.getByTestId('terminal');
  await expect(terminal).toHaveAttribute('data-mode', 'interactive');
  await typeCommand(page, terminal, 'kubectl auth can-i list secrets --as pochoclo -n default');
  await expect.poll(() => transcriptText(demo)).toMatch(/can-i list secrets --as pochoclo -n default\s*\n\s*no/);
  await typeCommand(page, terminal, 'kubectl get secrets --as pochoclo');
  await expect
    .poll(() => transcriptText(demo))
    .toMatch(
      /Error from server \(Forbidden\): secrets is forbidden: User "pochoclo" cannot list resource "secrets" in API group "" in the namespace "default"/,
    );
});

test("apply the editor's file from the terminal and see the answer change", async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/en/learn/rbac/subject-verb-object/');
  const exercise = page.locator('[data-exercise-id="pochoclo-couch"]');
  await exercise.scrollIntoViewIfNeeded();
  await exercise.getByTestId('toggle-terminal').click();
  const terminal = exercise.getByTestId('terminal');
  await expect(terminal.locator('.xterm')).toBeVisible();
  const canI = 'kubectl auth can-i dormir sillones --as pochoclo -n depto-a';
  await typeCommand(page, terminal, 'kubectl apply -f role.yaml');
  await typeCommand(page, terminal, canI);
  await expect.poll(() => transcriptText(exercise)).toMatch(/depto-a\n(?:Warning:.*\n)*no\n/);
  await exercise.getByTestId('show-solution').click();
  await exercise.getByTestId('use-solution').click();
  await expect(exercise.getByTestId('lab-status')).toHaveClass(/status-pass/, { timeout: 15_000 });
  await typeCommand(page, terminal, 'kubectl apply -f role.yaml');
  await expect.poll(() => transcriptText(exercise)).toMatch(/configured|created/);
  await typeCommand(page, terminal, canI);
  await expect.poll(() => transcriptText(exercise)).toMatch(/depto-a\n(?:Warning:.*\n)*yes\n/);
});

// Words at the edge (issue 15): kubectl's own output stays English in both languages (cobra's
// headings, upstream's command summaries); the lab's own lines (help, notes) arrive as messages
// and are rendered in the page's language by the page worker.
const EDGE = {
  en: {
    path: '/en/learn/rbac/subject-verb-object/',
    viewport: { width: 1280, height: 900 },
    intro: 'kubectl controls the Kubernetes cluster manager (simulated in this lab).',
    notSimulated: 'Not simulated in this lab:',
    note: "(lab: the terminal cannot write role.yaml: its files are a read-only view of the exercise's and the editor's files; change yours in the editor)",
  },
  es: {
    path: '/es/learn/rbac/subject-verb-object/',
    viewport: { width: 390, height: 844 },
    intro: 'kubectl controla el administrador de clusters de Kubernetes (simulado en este laboratorio).',
    notSimulated: 'No se simula en este laboratorio:',
    note: '(lab: la terminal no puede escribir role.yaml: sus archivos son una vista de solo lectura de los del ejercicio y del editor; los tuyos cambialos en el editor)',
  },
} as const;

for (const [lang, edge] of Object.entries(EDGE)) {
  test(`kubectl help and a lab note in the page's language (${lang}, ${edge.viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(edge.viewport);
    await page.goto(edge.path);
    const exercise = page.locator('[data-exercise-id="pochoclo-couch"]');
    await exercise.scrollIntoViewIfNeeded();
    await exercise.getByTestId('toggle-terminal').click();
    const terminal = exercise.getByTestId('terminal');
    await expect(terminal.locator('.xterm')).toBeVisible();
    await typeCommand(page, terminal, 'kubectl help');
    await expect.poll(() => transcriptText(exercise)).toContain(edge.intro);
    const help = await transcriptText(exercise);
    // cobra's headings and kubectl's summaries are the same in both languages.
    expect(help).toMatch(/\nCommands:\n\s+get\s+Display one or many resources\n/);
    expect(help).toContain(`${edge.notSimulated}\n  edit, patch, replace`);
    await typeCommand(page, terminal, 'echo x > role.yaml');
    await expect.poll(() => transcriptText(exercise)).toContain(`bash: role.yaml: Read-only file system\n${edge.note}\n`);
    // The other language's words never reach this page.
    const other = EDGE[lang === 'en' ? 'es' : 'en'];
    expect(await transcriptText(exercise)).not.toContain(other.intro);
    await terminal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/terminal-edge-${lang}.png`, fullPage: false });
  });
}
