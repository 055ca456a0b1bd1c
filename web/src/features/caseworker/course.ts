import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { plans } from '../../api/client';
import type { OnePlan } from '../../api/types';

export const courseKey = (courseId: string) => ['course', courseId] as const;

/** The one-plan view of a course; its version is what a change is made against (If-Match). */
export function useCourse(courseId: string) {
  return useQuery({
    queryKey: courseKey(courseId),
    queryFn: async () => (await plans.GET('/courses/{courseId}', { params: { path: { courseId } } })).data as OnePlan,
  });
}

/**
 * A change to a course made against the version on screen. Its answer's Consistency-Token is kept
 * by the client, so the view read again afterwards holds the change.
 */
export function useCourseChange<Input>(courseId: string, change: (input: Input) => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => Promise.all([
      queries.invalidateQueries({ queryKey: courseKey(courseId) }),
      queries.invalidateQueries({ queryKey: ['worklist'] }),
    ]),
  });
}

/** The young person's name, for the screens (the one-plan view carries only their id). */
export function useCitizen(citizenId: string | undefined) {
  return useQuery({
    queryKey: ['citizen', citizenId],
    enabled: Boolean(citizenId),
    queryFn: async () => (await plans.GET('/citizens/{citizenId}', { params: { path: { citizenId: citizenId! } } })).data!,
  });
}

export function memberName(plan: OnePlan, memberId: string | undefined): string {
  return plan.team?.find((member) => member.memberId === memberId)?.name ?? 'ukendt';
}
