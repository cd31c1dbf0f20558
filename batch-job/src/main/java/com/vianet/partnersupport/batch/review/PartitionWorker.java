package com.vianet.partnersupport.batch.review;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A worker process ({@code java -jar … worker}): takes the flag step's partitions from the queue,
 * one per thread ({@code review.partitions} threads), and runs each against the database. A request
 * is acknowledged when its partition starts: one a dead worker had not started goes to another
 * worker, one it had started is failed by the manager's timeout and resumed by the next run.
 */
@Configuration
public class PartitionWorker {

  @Bean
  public DirectChannel partitionRequestsIn() {
    return new DirectChannel();
  }

  @Bean
  public IntegrationFlow partitionRequestsFromBroker(
      CachingConnectionFactory partitionBroker,
      ReviewSettings.Remote remote,
      ReviewSettings.Tuning tuning) {
    return IntegrationFlow.from(
            Amqp.inboundAdapter(partitionBroker, remote.queue())
                .configureContainer(
                    container ->
                        container
                            .acknowledgeMode(AcknowledgeMode.MANUAL)
                            .prefetchCount(1)
                            .concurrentConsumers(tuning.partitions()))
                .messageConverter(RemotePartitioning.requestConverter()))
        .handle(
            (payload, headers) -> {
              try {
                headers
                    .get(AmqpHeaders.CHANNEL, Channel.class)
                    .basicAck(headers.get(AmqpHeaders.DELIVERY_TAG, Long.class), false);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return payload;
            })
        .channel(partitionRequestsIn())
        .get();
  }

  /** The partition step, as run for the manager's requests arriving on the queue. */
  StepBuilder step(
      RemotePartitioningWorkerStepBuilderFactory steps, JobRepository jobRepository, String name) {
    return steps.get(name).inputChannel(partitionRequestsIn());
  }
}
