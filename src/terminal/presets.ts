// Starting points for the playground: the commands (run unseen) and files that make each state.
export const PRESETS = {
	empty: { files: {}, commands: [] as string[] },
	pull: { files: {}, commands: ['docker pull nginx'] },
	build: {
		files: {
			Dockerfile: 'FROM nginx:alpine\nCOPY index.html /usr/share/nginx/html/index.html\nEXPOSE 80\n',
			'index.html': '<h1>Hello from my image</h1>\n',
		},
		commands: ['docker build -t myapp .'],
	},
} as const;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
