// The files of a pull request, from the REST API's "List pull requests files" endpoint. GitHub
// returns at most 3000 files for a pull request, at most 100 per page.
import type { getOctokit } from "@actions/github";

/** GitHub's cap on the files the endpoint returns for one pull request. */
export const PULL_REQUEST_FILE_CAP = 3000;
export const FILES_PER_PAGE = 100;

export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export type PullRequestFiles =
  | { complete: true; files: PullRequestFile[] }
  | { complete: false; reason: string };

type Octokit = ReturnType<typeof getOctokit>;

/**
 * Lists every file of the pull request, or reports that the list is incomplete because the pull
 * request reaches GitHub's 3000-file cap (`changedFiles` is the count from the event payload).
 */
export async function listPullRequestFiles(
  octokit: Octokit,
  target: { owner: string; repo: string; pullNumber: number; changedFiles?: number },
): Promise<PullRequestFiles> {
  const tooMany = {
    complete: false as const,
    reason: `the pull request changes more than GitHub's limit of ${PULL_REQUEST_FILE_CAP} listed files`,
  };
  if (target.changedFiles !== undefined && target.changedFiles >= PULL_REQUEST_FILE_CAP) return tooMany;

  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: FILES_PER_PAGE,
  });
  if (files.length >= PULL_REQUEST_FILE_CAP) return tooMany;
  return {
    complete: true,
    files: files.map((file) => ({
      filename: file.filename,
      status: file.status,
      ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
    })),
  };
}
