{{/*
Names and labels. A component is a key of .Values.components (camelCase, e.g. footballData); its Kubernetes
objects are "<release>-<kebab-case component>" (statistico-football-data), which is also its host name.
*/}}
{{- define "statistico-common.componentName" -}}
{{- printf "%s-%s" .root.Release.Name (kebabcase .name) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "statistico-common.selectorLabels" -}}
app.kubernetes.io/name: {{ kebabcase .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "statistico-common.labels" -}}
{{ include "statistico-common.selectorLabels" . }}
app.kubernetes.io/part-of: statistico
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The component's values over .Values.defaults: every setting a component leaves out comes from there. */}}
{{- define "statistico-common.settings" -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy .component)) -}}
{{- end -}}

{{- define "statistico-common.image" -}}
{{- $tag := .root.Values.global.imageTag | default .root.Chart.AppVersion -}}
{{- printf "%s/%s:%s" .root.Values.global.imageRegistry .settings.image $tag -}}
{{- end -}}
