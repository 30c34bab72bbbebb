// Worker side: the page's worlds, each built once per edit, and the answers every consumer asks for.
// The first check needs only the world and the lesson runner; the terminal (kubectl and the
// shell), the views and the attack paths and counterexamples are loaded on their first question
// (`prepare`), so a fresh worker compiles less before its first verdict. So are the kinds' schema
// validators: a world's before it is first built, every kind's for the playground and the terminal.
import { buildWorld, MAX_INPUT_CHARS, ParseCache, type World } from '@/lib/sim';
import { allSchemaValidatorsLoaded, loadSchemaValidators, schemaKindsNamed } from '@/lib/sim/schemas/schemaValidators';
import { exerciseSources, exerciseWorld, runLab } from '@/lib/lesson';
import type { Answers, Question, QuestionType, ToWorker, WorldDefinition } from './protocol';
import type { ViewQuestion } from './hostViews';
import type { ShellRoom } from './hostShell';

interface HostedWorld {
  definition: WorldDefinition;
  files: Record<string, string>;
  version: number;
  built?: { version: number; world: World };
  /** The playground: the last world whose YAML parsed, shown while the text is mid-edit. */
  lastParsed?: World;
  /** Each edit reparses only the files it changed. */
  cache: ParseCache;
  /** The last check's answer and its JSON: an equal verdict is that answer again (see check). */
  lastCheck?: { text: string; answer: Answers['check'] };
}

/** View answers by cluster (and question): see WorldHost.view. */
const viewAnswers = new WeakMap<World['cluster'], Map<string, Answers[QuestionType]>>();
const stamps = new WeakMap<object, number>();
/** Per cluster, the newest answers kept (a view's questions while the learner changes its controls). */
const MAX_VIEW_ANSWERS = 24;

/** The code loaded on first use, by what it answers. */
interface Features {
  shell: typeof import('./hostShell');
  views: typeof import('./hostViews');
  attack: typeof import('./hostAttack');
}
export type Feature = keyof Features;

const LOADERS: { [K in Feature]: () => Promise<Features[K]> } = {
  shell: () => import('./hostShell'),
  views: () => import('./hostViews'),
  attack: () => import('./hostAttack'),
};

/** The code a question needs beyond the world and the lesson runner (none for a check or a summary). */
export function featureOf(question: Question): Feature | undefined {
  if (question.type === 'check' || question.type === 'summary') return undefined;
  if (question.type.startsWith('shell')) return 'shell';
  if (question.type === 'attack' || question.type === 'counterexamples') return 'attack';
  return 'views';
}

/** A world plus whether the views see an older one (the current text does not parse). */
export interface ViewWorld {
  world: World;
  stale: boolean;
}

function yamlBroken(world: World): boolean {
  return Object.values(world.diagnostics).some((list) =>
    list.some((d) => d.severity === 'error' && (d.code.startsWith('yaml-') || d.code === 'input-too-large')),
  );
}

/** Holds the page's worlds and terminal sessions; `ask` answers one question. Never touches the DOM. */
export class WorldHost {
  private worlds = new Map<string, HostedWorld>();
  private stamped = 0;
  private shells?: ShellRoom;
  private readonly features: Partial<Features> = {};
  private readonly loading = new Map<Feature, Promise<void>>();

  /** A host with every feature loaded (tests, and callers that ask anything synchronously). */
  static async loaded(): Promise<WorldHost> {
    const host = new WorldHost();
    await Promise.all((Object.keys(LOADERS) as Feature[]).map((f) => host.load(f)));
    return host;
  }

  /**
   * Loads the code `question` (about `worldId`) needs: its feature's, and the schema validators of
   * the kinds the world names. Undefined when it is loaded already (ask it now).
   */
  prepare(question: Question, worldId?: string): Promise<void> | undefined {
    const feature = featureOf(question);
    const waits = [feature === undefined || this.features[feature] ? undefined : this.load(feature), this.validatorsFor(question, worldId)];
    const pending = waits.filter((wait) => wait !== undefined);
    return pending.length === 0 ? undefined : Promise.all(pending).then(() => undefined);
  }

  /**
   * The schema validators a question needs loaded: those of the kinds an exercise's texts name
   * (a few kB to scan), and every kind's for the playground (its text may be 2 MB: scanning it on
   * every key would cost more than loading them once) and for the terminal (it applies any file).
   */
  private validatorsFor(question: Question, worldId: string | undefined): Promise<void> | undefined {
    if (allSchemaValidatorsLoaded()) return undefined;
    if (question.type.startsWith('shell')) return loadSchemaValidators();
    const hosted = worldId === undefined ? undefined : this.worlds.get(worldId);
    if (!hosted || worldId === undefined) return undefined;
    if (hosted.definition.kind === 'text') return loadSchemaValidators();
    const texts = Object.values(this.files(worldId));
    if (hosted.definition.exercise.world) texts.push(hosted.definition.exercise.world.text);
    return loadSchemaValidators(schemaKindsNamed(texts));
  }

  /**
   * Forgets every world's builds and parses (not its files): after a kind's validator was loaded
   * late (a kind the texts spell with escapes), the next question builds again with it.
   */
  forgetBuilds(): void {
    for (const hosted of this.worlds.values()) {
      hosted.cache = new ParseCache();
      hosted.built = undefined;
      hosted.lastParsed = undefined;
    }
  }

  private load(feature: Feature): Promise<void> {
    let loading = this.loading.get(feature);
    if (!loading) {
      loading = LOADERS[feature]().then(
        (module) => {
          (this.features as Record<Feature, unknown>)[feature] = module;
        },
        (error: unknown) => {
          this.loading.delete(feature); // asked again, it is fetched again (the network may be back)
          throw error;
        },
      );
      this.loading.set(feature, loading);
    }
    return loading;
  }

  private feature<K extends Feature>(feature: K): Features[K] {
    const module = this.features[feature];
    if (!module) throw new Error(`the ${feature} code is not loaded (prepare the question first)`);
    return module;
  }

  receive(message: Exclude<ToWorker, { type: 'ask' } | { type: 'cancel' }>): void {
    if (message.type === 'define') {
      const previous = this.worlds.get(message.worldId);
      this.worlds.set(message.worldId, {
        definition: message.definition,
        files: previous?.files ?? {},
        version: previous?.version ?? 0,
        cache: new ParseCache(),
      });
    } else if (message.type === 'files') {
      const hosted = this.worlds.get(message.worldId);
      if (hosted) {
        hosted.files = message.files;
        hosted.version = message.version;
      }
    } else {
      this.worlds.delete(message.worldId);
    }
  }

  version(worldId: string | undefined): number | undefined {
    return worldId === undefined ? undefined : this.worlds.get(worldId)?.version;
  }

  /** The world as it is now (built on first use after an edit, then reused by every question). */
  world(worldId: string): World {
    const hosted = this.hosted(worldId);
    if (hosted.built?.version === hosted.version) return hosted.built.world;
    const world =
      hosted.definition.kind === 'exercise'
        ? exerciseWorld(hosted.definition.exercise, hosted.files, hosted.cache)
        : buildWorld(this.sources(hosted), { cache: hosted.cache });
    hosted.built = { version: hosted.version, world };
    if (!yamlBroken(world)) hosted.lastParsed = world;
    return world;
  }

  /** What the views show: the current world, or the last one that parsed while the text is broken. */
  viewWorld(worldId: string): ViewWorld {
    const world = this.world(worldId);
    const last = this.hosted(worldId).lastParsed;
    return yamlBroken(world) && last ? { world: last, stale: true } : { world, stale: false };
  }

  readOnlyFiles(worldId: string): string[] {
    const { definition } = this.hosted(worldId);
    return definition.kind === 'exercise' && definition.exercise.world ? [definition.exercise.world.file] : [];
  }

  worldFile(worldId: string): { file: string; text: string } | undefined {
    const { definition } = this.hosted(worldId);
    return definition.kind === 'exercise' && definition.exercise.world
      ? { file: definition.exercise.world.file, text: definition.exercise.world.text }
      : undefined;
  }

  files(worldId: string): Record<string, string> {
    const hosted = this.hosted(worldId);
    return hosted.definition.kind === 'exercise' ? { ...hosted.definition.exercise.start, ...hosted.files } : hosted.files;
  }

  ask(worldId: string | undefined, question: Question): Answers[QuestionType] {
    if (question.type.startsWith('shell')) {
      this.shells ??= new (this.feature('shell').ShellRoom)(this);
      return this.shells.answer(question);
    }
    if (worldId === undefined) throw new Error(`${question.type} needs a world`);
    if (question.type === 'check') return this.check(worldId);
    if (question.type === 'summary') return this.summary(worldId);
    if (question.type === 'attack') return this.feature('attack').answerAttack(this.viewWorld(worldId), question, this.readOnlyFiles(worldId));
    if (question.type === 'counterexamples') return this.counterexamples(worldId, question);
    if (this.feature('views').isViewQuestion(question)) return this.view(worldId, question);
    throw new Error(`unknown question ${question.type}`);
  }

  /**
   * A view's answer, computed once per cluster: an edit that changed no object (a comment, a
   * line inserted) keeps the cluster (buildWorld's memo), so the 2,000-pod traffic matrix is not
   * computed again. View answers hold no source positions (those would move with the text).
   */
  private view(worldId: string, question: ViewQuestion): Answers[QuestionType] {
    const shown = this.viewWorld(worldId);
    let answers = viewAnswers.get(shown.world.cluster);
    if (!answers) viewAnswers.set(shown.world.cluster, (answers = new Map()));
    const key = `${shown.stale}\u0000${JSON.stringify(question)}`;
    const known = answers.get(key);
    if (known) return known;
    const answer = this.feature('views').answerView(shown, question);
    if (answers.size >= MAX_VIEW_ANSWERS) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
    stamps.set(answer, ++this.stamped);
    return answer;
  }

  /** The stamp of an answer computed once and reused (a view's), to tell the page it has not changed. */
  stampOf(answer: unknown): number | undefined {
    return typeof answer === 'object' && answer !== null ? stamps.get(answer) : undefined;
  }

  private check(worldId: string): Answers['check'] {
    const hosted = this.hosted(worldId);
    if (hosted.definition.kind !== 'exercise') throw new Error(`${worldId} is not an exercise`);
    const result = runLab(hosted.definition.exercise, this.files(worldId), this.world(worldId));
    // A keystroke that changes no verdict (a comment typed) is the same answer, stamped: the page
    // is told `same` instead of copying the capstone's 200 kB of goal explanations again.
    const text = JSON.stringify(result);
    if (hosted.lastCheck?.text === text) return hosted.lastCheck.answer;
    const answer = { result };
    stamps.set(answer, ++this.stamped);
    hosted.lastCheck = { text, answer };
    return answer;
  }

  private counterexamples(worldId: string, question: Extract<Question, { type: 'counterexamples' }>): Answers['counterexamples'] {
    const { definition } = this.hosted(worldId);
    const exercise = definition.kind === 'exercise' ? definition.exercise : undefined;
    const editable = exercise ? exercise.files : [definition.kind === 'text' ? definition.file : ''];
    return this.feature('attack').answerCounterexamples(this.viewWorld(worldId), question, exercise, editable);
  }

  private summary(worldId: string): Answers['summary'] {
    const hosted = this.hosted(worldId);
    const chars = Object.values(this.files(worldId)).reduce((sum, text) => sum + text.length, 0);
    const world = this.world(worldId);
    const { world: shown, stale } = this.viewWorld(worldId);
    const diagnostics = Object.values(world.diagnostics).flat();
    return { objects: shown.objects.length, diagnostics, tooLarge: hosted.definition.kind === 'text' && chars > MAX_INPUT_CHARS, stale, chars };
  }

  private hosted(worldId: string): HostedWorld {
    const hosted = this.worlds.get(worldId);
    if (!hosted) throw new Error(`unknown world ${worldId}`);
    return hosted;
  }

  private sources(hosted: HostedWorld) {
    const { definition } = hosted;
    if (definition.kind === 'exercise') return exerciseSources(definition.exercise, hosted.files);
    return [{ file: definition.file, text: hosted.files[definition.file] ?? '' }];
  }
}
