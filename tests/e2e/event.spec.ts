// Event mode (issue 18): a challenge solved through the simulated terminal scores, a wrong flag
// does not, and the timer from the instructor's link counts down, survives a reload and stops
// submissions. Both languages; one at 390 px.
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';

const FLAG = /flag\{[0-9a-f]{20}\}/;

async function transcript(panel: Locator): Promise<string> {
  const view = panel.getByTestId('transcript');
  if (!(await view.isVisible())) await panel.getByRole('button', { name: /Transcript|Transcripción/ }).click();
  return (await view.innerText()).replace(/\u00a0/g, ' ');
}

/** Type a line in the terminal's command field (the accessible twin of the xterm prompt) and wait for its output. */
async function run(page: Page, panel: Locator, line: string, output: RegExp): Promise<string> {
  const input = panel.locator('.terminal-input input');
  await input.fill(line);
  await input.press('Enter');
  await expect.poll(() => transcript(panel), { timeout: 20_000 }).toMatch(output);
  return transcript(panel);
}

test('en: the flat-network flag, found with curl in the terminal, scores; a wrong flag does not', async ({ page, request }) => {
  await page.goto('/en/event/?event=e2e-flat#flat-network');
  const challenge = page.getByTestId('event-challenge');
  await expect(challenge).toHaveAttribute('data-challenge', 'flat-network');
  await expect(page.getByTestId('event-id')).toHaveText('e2e-flat');
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '0');

  const text = await run(page, challenge, 'kubectl exec frontend -- curl -s http://orders-db.data/export.json', FLAG);
  const flag = FLAG.exec(text)![0];
  // The flag is computed at runtime: it is not in the page's HTML.
  expect(await (await request.get('/en/event/')).text()).not.toContain(flag.slice(5, -1));

  await challenge.getByTestId('flag-input').fill('flag{00000000000000000000}');
  await challenge.getByRole('button', { name: 'Submit flag' }).click();
  await expect(challenge.getByTestId('flag-result')).toContainText('not the flag');
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '0');

  await challenge.getByTestId('flag-input').fill(` ${flag} `);
  await challenge.getByRole('button', { name: 'Submit flag' }).click();
  await expect(challenge.getByTestId('flag-result')).toContainText('Correct! 100 points');
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '100');
  await expect(challenge.getByTestId('defence-text')).toContainText('NetworkPolicy');
  await page.screenshot({ path: 'test-results/event-en.png', fullPage: true });

  await page.reload();
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '100');
  await expect(page.getByTestId('challenge-link-flat-network')).toContainText('Solved');
  // Another event has other flags: this one does not score there.
  await page.goto('/en/event/?event=e2e-other#flat-network');
  await page.getByTestId('flag-input').fill(flag);
  await page.getByRole('button', { name: 'Submit flag' }).click();
  await expect(page.getByTestId('flag-result')).toContainText('not the flag');
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '0');
});

test.describe('390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('es: bind escalation through the terminal, with a hint that costs points', async ({ page }) => {
    await page.goto('/es/event/?event=e2e-bind#bind-escalation');
    const challenge = page.getByTestId('event-challenge');
    await expect(challenge).toHaveAttribute('data-challenge', 'bind-escalation');
    await challenge.getByRole('button', { name: /Ver la pista 1 \(cuesta 15 puntos\)/ }).click();
    await expect(challenge.getByTestId('event-hint')).toHaveCount(1);
    await run(page, challenge, 'kubectl get secret stripe-live', /forbidden/);
    await run(page, challenge, 'kubectl create rolebinding mine --clusterrole=admin --user=team-lead', /rolebinding.rbac.authorization.k8s.io\/mine created/);
    const text = await run(page, challenge, "kubectl get secret stripe-live -o jsonpath='{.data.key}' | base64 -d", FLAG);
    await challenge.getByTestId('flag-input').fill(FLAG.exec(text)![0]);
    await challenge.getByRole('button', { name: 'Mandar la flag' }).click();
    await expect(challenge.getByTestId('flag-result')).toContainText('¡Correcto! 135 puntos');
    await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '135');
    await page.screenshot({ path: 'test-results/event-es-390.png', fullPage: true });
  });
});

test('the timer of ?minutes= shows, survives a reload, and stops submissions when over', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-07T10:00:00Z') });
  await page.goto('/en/event/?event=e2e-timer&minutes=2#token-thief');
  const timer = page.getByTestId('event-timer');
  await expect(timer.getByRole('timer')).toHaveText('02:00');
  await page.clock.fastForward('00:45');
  await page.reload();
  await expect(timer.getByRole('timer')).toHaveText(/^01:1\d$/);
  await expect(page.getByTestId('flag-input')).toBeEnabled();
  await page.clock.fastForward('01:30');
  await expect(timer.getByRole('timer')).toHaveText('00:00');
  await expect(timer).toContainText('Time is up');
  await expect(page.getByTestId('flag-input')).toBeDisabled();
  await expect(page.getByTestId('flag-result')).toContainText('no longer accepted');
  await page.reload();
  await expect(page.getByTestId('flag-input')).toBeDisabled();
});

test('es: a lesson links to the attack, and the challenge back to the lesson', async ({ page }) => {
  await page.goto('/es/learn/networking/network-policies/');
  const box = page.getByTestId('try-the-attack');
  await expect(box).toContainText('Probá el ataque');
  await box.getByRole('link', { name: 'Red plana' }).click();
  await expect(page.getByTestId('event-challenge')).toHaveAttribute('data-challenge', 'flat-network');
  await page.getByRole('link', { name: /Aprendé la defensa/ }).click();
  await expect(page).toHaveURL(/\/es\/learn\/networking\/network-policies\/$/);
});

test('en: the results file, dropped on the instructor page, is re-checked into the event results', async ({ page }) => {
  await page.goto('/en/event/?event=e2e-export#flat-network');
  const challenge = page.getByTestId('event-challenge');
  const text = await run(page, challenge, 'kubectl exec frontend -- curl -s http://orders-db.data/export.json', FLAG);
  await challenge.getByTestId('flag-input').fill(FLAG.exec(text)![0]);
  await challenge.getByRole('button', { name: 'Submit flag' }).click();
  await expect(page.getByTestId('event-score')).toHaveAttribute('data-score', '100');
  await page.getByTestId('challenge-link-token-thief').click();
  await page.getByRole('button', { name: /Show hint 1/ }).click();
  await page.getByTestId('flag-input').fill('flag{11111111111111111111}');
  await page.getByRole('button', { name: 'Submit flag' }).click();
  const panel = page.getByTestId('event-export');
  await panel.getByLabel('Your name').fill('Ana Attacker');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download results' }).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  const submission = JSON.parse(file);
  expect(submission).toMatchObject({
    format: 'k8s-lab-submission/1',
    learner: 'Ana Attacker',
    event: { eventId: 'e2e-export', challenges: { 'flat-network': { hintsUsed: 0 }, 'token-thief': { hintsUsed: 1 } } },
  });
  expect(file).not.toMatch(/"(solved|passed|score)"\s*:/);

  await page.goto('/en/instructor/');
  const transfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'ana.json', { type: 'application/json' }));
    return dt;
  }, file);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  const results = page.getByTestId('event-results');
  await expect(results.getByTestId('event-result-score')).toHaveText('100 of 800 points');
  await expect(results.locator('td[data-challenge="flat-network"]')).toHaveAttribute('data-status', 'solved');
  await expect(results.locator('td[data-challenge="token-thief"]')).toHaveAttribute('data-status', 'not-submitted');
  await page.screenshot({ path: 'test-results/event-instructor-en.png', fullPage: true });
});
