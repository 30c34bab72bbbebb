import { workshopCourse } from '@/lib/content/workshopCourse';

// The course as the instructor page's grader needs it, written once at build time.
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(workshopCourse());
}
