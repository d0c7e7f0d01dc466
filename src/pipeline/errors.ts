/** The one error type the pipeline throws on bad input: the CLI prints its message and exits 1. */
export class PipelineError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PipelineError';
	}
}
