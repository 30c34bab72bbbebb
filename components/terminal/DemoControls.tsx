'use client';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { useDemoPlayer } from './useDemoPlayer';

type Player = ReturnType<typeof useDemoPlayer>;

interface Props {
  lang: Lang;
  title: string;
  steps: number;
  player: Player;
  interactive: boolean;
  /** Hands the terminal back to the demo (play, step, restart) or to the learner (try it). */
  setInteractive: (interactive: boolean) => void;
  focusTerminal: () => void;
}

/** A demo's toolbar: play/pause, step, restart, speed, "try it yourself" and where it is. */
export function DemoControls({ lang, title, steps, player, interactive, setInteractive, focusTerminal }: Props) {
  // Play, step and restart take the terminal back from the learner before they act.
  const demoAction = (action: () => void) => () => {
    setInteractive(false);
    action();
  };
  const button = (label: string, onClick: () => void, disabled: boolean, primary = false) => (
    <button type="button" className={primary ? 'button' : 'button secondary'} onClick={onClick} disabled={disabled}>
      {label}
    </button>
  );
  return (
    <div className="demo-controls" role="toolbar" aria-label={`${t(lang, 'demo')}: ${title}`}>
      <strong className="demo-title">{title}</strong>
      {player.playing ? button(t(lang, 'pause'), player.pause, false) : button(t(lang, 'play'), demoAction(player.play), player.finished, true)}
      {button(t(lang, 'step'), demoAction(player.step), player.finished || player.playing)}
      {button(t(lang, 'restart'), demoAction(player.restart), false)}
      <label className="speed">
        {t(lang, 'speed')}{' '}
        <select value={player.speed} onChange={(e) => player.setSpeed(Number(e.target.value))}>
          {[1, 2, 4].map((s) => (
            <option key={s} value={s}>
              {s}x
            </option>
          ))}
        </select>
      </label>
      {button(
        t(lang, 'tryIt'),
        () => {
          player.pause();
          setInteractive(true);
          focusTerminal();
        },
        interactive,
      )}
      <span className="muted small" role="status">
        {player.finished ? t(lang, 'demoDone') : `${player.position} / ${steps}`}
      </span>
    </div>
  );
}
