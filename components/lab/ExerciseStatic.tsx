import type { Lang } from '@/lib/i18n/languages';
import type { ExerciseDefinition } from '@/lib/lesson';

/** The few words the static exercise shows, in the page's language (the caller looks them up). */
export interface ExerciseStaticWords {
  exercise: string;
  goals: string;
  startFiles: string;
  readOnly: string;
  noScriptExercise: string;
}

interface Props {
  lang: Lang;
  exercise: ExerciseDefinition;
  descriptionHtml: Record<Lang, string>;
  words: ExerciseStaticWords;
}

/**
 * An exercise as plain HTML, for a page read without JavaScript (server-rendered, never
 * hydrated): its brief, its goals and the files it starts from (and the read-only world), so
 * the exercise can be read and tried elsewhere. With JavaScript the interactive block shows instead.
 */
export function ExerciseStatic({ lang, exercise, descriptionHtml, words }: Props) {
  const files = [
    ...exercise.files.map((file) => ({ file, text: exercise.start[file] ?? '', readOnly: false })),
    ...(exercise.world ? [{ ...exercise.world, readOnly: true }] : []),
  ];
  return (
    <div className="exercise exercise-static" data-exercise-static={exercise.id}>
      <header className="exercise-head">
        <p className="eyebrow">{words.exercise}</p>
        <h2 className="exercise-title">{exercise.title[lang]}</h2>
        <div className="prose exercise-description" dangerouslySetInnerHTML={{ __html: descriptionHtml[lang] }} />
      </header>
      <h3>{words.goals}</h3>
      <ol className="goal-list">
        {exercise.goals.map((goal) => (
          <li key={goal.id} className="goal goal-pending">
            <span className="goal-text">{goal.text[lang]}</span>
          </li>
        ))}
      </ol>
      <h3>{words.startFiles}</h3>
      {files.map(({ file, text, readOnly }) => (
        <figure key={file} className="exercise-static-file">
          <figcaption>
            <code>{file}</code>
            {readOnly ? <span className="muted"> ({words.readOnly})</span> : null}
          </figcaption>
          <pre tabIndex={0}>
            <code>{text}</code>
          </pre>
        </figure>
      ))}
      <p className="muted small">{words.noScriptExercise}</p>
    </div>
  );
}
