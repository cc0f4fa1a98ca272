{{- define "statistico-common.service" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "statistico-common.selectorLabels" . | nindent 4 }}
  ports:
    # Port 80 so that a base URL is just http://<release>-<component>, as in the AppHost's service discovery.
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
    {{- if $s.streamPort }}
    # The Exchange Stream API (TLS over TCP) keeps its own port number, so clients name the same port in and out.
    - name: stream
      port: {{ $s.streamPort }}
      targetPort: stream
      protocol: TCP
    {{- end }}
{{- end -}}

{{/* Settings that are not secret, as .NET "__" keys (the ConfigMap-keys test checks each maps to a real option). */}}
{{- define "statistico-common.configMap" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
data:
  {{- include "statistico-common.config" (dict "root" .root "settings" $s) | nindent 2 }}
{{- end -}}

{{/* Voluntary disruptions (node drains, upgrades) keep minAvailable pods of every multi-replica service. */}}
{{- define "statistico-common.pdb" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
{{- if $s.podDisruptionBudget.enabled }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  minAvailable: {{ $s.podDisruptionBudget.minAvailable }}
  selector:
    matchLabels:
      {{- include "statistico-common.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}
