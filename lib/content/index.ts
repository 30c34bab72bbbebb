// Server-only content loading (build time). Never import from components.
export * from './types';
export { loadCourse, allLessons, lessonRoute, lessonFile } from './course';
export { renderLesson, getCourse, findLesson, neighbours } from './lesson';
export { parseLessonMeta, splitFrontMatter } from './frontMatter';
