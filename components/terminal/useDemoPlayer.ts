'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import type { DemoStep } from '@/lib/content/shared';

export type { DemoStep } from '@/lib/content/shared';

interface Options {
  steps: DemoStep[];
  lang: Lang;
  write: (text: string) => void;
  /** Runs a command; the player waits for its output before the next prompt. */
  run: (command: string) => Promise<unknown> | void;
  narrate: (text: string) => void;
  /** Recorded output, for the transcript. */
  record: (text: string) => void;
  addFile: (name: string, text: string) => void;
  prompt: () => void;
  reset: () => void;
}

const TYPE_MS = 38;

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Plays a demo: narration, commands typed at human speed (or at once with reduced motion), pauses. */
export function useDemoPlayer({ steps, lang, write, run, narrate, record, addFile, prompt, reset }: Options) {
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [narration, setNarration] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const busy = useRef(false);
  const positionRef = useRef(0);
  const playingRef = useRef(false);
  const speedRef = useRef(1);
  speedRef.current = speed;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      timer.current = setTimeout(resolve, ms / speedRef.current);
    });

  const typeOut = useCallback(
    async (text: string) => {
      if (reducedMotion()) {
        write(text);
        return;
      }
      for (const ch of text) {
        write(ch);
        await wait(TYPE_MS);
      }
    },
    [write],
  );

  const doStep = useCallback(async () => {
    if (busy.current || positionRef.current >= steps.length) return;
    busy.current = true;
    const step = steps[positionRef.current];
    const recorded = steps.some((s) => 'write' in s);
    if (positionRef.current === 0 && !recorded) prompt();
    if ('say' in step) {
      setNarration(step.say[lang]);
      narrate(step.say[lang]);
    } else if ('run' in step) {
      await typeOut(step.run);
      write('\r\n');
      await run(step.run);
      prompt();
    } else if ('apply' in step) {
      const name = step.file ?? `demo-step-${positionRef.current + 1}.yaml`;
      addFile(name, step.apply);
      const command = `kubectl apply -f ${name}`;
      await typeOut(command);
      write('\r\n');
      await run(command);
      prompt();
    } else if ('pause' in step) await wait(step.pause);
    else if ('write' in step) {
      // A recorded asciicast: replay its output with its timing (no typing animation needed).
      if (playingRef.current) await wait(step.delay);
      write(step.write);
      record(step.write);
    }
    positionRef.current += 1;
    setPosition(positionRef.current);
    busy.current = false;
  }, [steps, lang, prompt, run, narrate, record, addFile, typeOut, write]);

  const loop = useCallback(async () => {
    while (playingRef.current && positionRef.current < steps.length) {
      await doStep();
      const next = steps[positionRef.current - 1];
      await wait(next && 'say' in next ? 1800 : next && 'write' in next ? 0 : 700);
    }
    playingRef.current = false;
    setPlaying(false);
  }, [doStep, steps]);

  const play = useCallback(() => {
    if (playingRef.current) return;
    playingRef.current = true;
    setPlaying(true);
    void loop();
  }, [loop]);
  const pause = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
  }, []);
  const step = useCallback(() => {
    if (!playingRef.current) void doStep();
  }, [doStep]);
  const restart = useCallback(() => {
    playingRef.current = false;
    clearTimeout(timer.current);
    busy.current = false;
    positionRef.current = 0;
    setPosition(0);
    setNarration(null);
    setPlaying(false);
    reset();
  }, [reset]);

  useEffect(
    () => () => {
      playingRef.current = false;
      clearTimeout(timer.current);
    },
    [],
  );

  return { position, playing, speed, setSpeed, narration, play, pause, step, restart, finished: position >= steps.length && steps.length > 0 };
}
