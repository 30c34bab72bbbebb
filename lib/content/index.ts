// Server-only content loading (build time). Never import from components: they import
// lib/content/shared (types and routes), which both sides may use.
export * from './types';
export { loadCourse, allLessons, lessonRoute, lessonFile, DEFAULT_LESSONS_DIR } from './course';
export { renderLesson, getCourse, findLesson, neighbours } from './lesson';
export { parseLessonMeta, splitFrontMatter } from './frontMatter';
export { loadLessonExercises, loadExerciseFolder, renderSmallMarkdown, type LoadedExercise } from './exercises';
export { loadLessonDemos, loadDemo, parseCast, type DemoData, type DemoStep } from './demos';

/** The Kubernetes version the lessons simulate (the simulator's default server version), as `1.35`. */
export { DEFAULT_SERVER_VERSION as SIMULATED_VERSION } from '../sim';
