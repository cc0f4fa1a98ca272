{{/* CPU-based HPA, or (for consumers) a KEDA ScaledObject on queue length; never both for one Deployment. */}}
{{- define "statistico-common.hpa" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
{{- if and $s.autoscaling.enabled (not $s.keda.enabled) }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "statistico-common.componentName" . }}
  minReplicas: {{ $s.autoscaling.minReplicas }}
  maxReplicas: {{ $s.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $s.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end -}}

{{- define "statistico-common.scaledObject" -}}
{{- $s := include "statistico-common.settings" . | fromYaml -}}
{{- if $s.keda.enabled }}
{{- $fullname := include "statistico-common.componentName" . }}
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    name: {{ $fullname }}
  minReplicaCount: {{ $s.keda.minReplicas }}
  maxReplicaCount: {{ $s.keda.maxReplicas }}
  pollingInterval: {{ $s.keda.pollingInterval }}
  cooldownPeriod: {{ $s.keda.cooldownPeriod }}
  triggers:
    {{- range $s.keda.queues }}
    - type: rabbitmq
      metadata:
        protocol: amqp
        queueName: {{ . }}
        mode: QueueLength
        value: {{ $s.keda.queueLength | quote }}
      authenticationRef:
        name: {{ $fullname }}
    {{- end }}
---
apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  secretTargetRef:
    - parameter: host
      name: {{ .root.Values.keda.hostSecret.name }}
      key: {{ .root.Values.keda.hostSecret.key }}
{{- end }}
{{- end -}}

{{- define "statistico-common.serviceMonitor" -}}
{{- if .root.Values.serviceMonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "statistico-common.componentName" . }}
  labels:
    {{- include "statistico-common.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "statistico-common.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: {{ .root.Values.serviceMonitor.path }}
      interval: {{ .root.Values.serviceMonitor.interval }}
{{- end }}
{{- end -}}
