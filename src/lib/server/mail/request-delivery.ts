// Replaced by the job-queue integration: asks the queue to deliver one stored message.
export async function requestMailDelivery(_messageId: string): Promise<void> {}
