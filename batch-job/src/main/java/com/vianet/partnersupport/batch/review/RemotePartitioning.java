package com.vianet.partnersupport.batch.review;

import java.net.URI;
import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The flag step's partitions on worker processes, as Spring Batch's samples do in {@code
 * partitioning/remote} (there with JMS, here with RabbitMQ): the manager sends each partition's
 * step execution to a queue, a worker ({@link PartitionWorker}) runs it against the same database,
 * and the manager polls the job repository for the outcomes. Registered when {@code review.broker}
 * is set.
 */
@Configuration
@EnableBatchIntegration
public class RemotePartitioning {

  @Bean
  public CachingConnectionFactory partitionBroker(ReviewSettings.Remote remote) {
    return new CachingConnectionFactory(URI.create(remote.broker()));
  }

  /** Durable, so requests sent while every worker restarts wait for them. */
  @Bean
  public Queue partitionQueue(ReviewSettings.Remote remote) {
    return new Queue(remote.queue(), true, false, false);
  }

  @Bean
  public RabbitAdmin partitionQueueAdmin(CachingConnectionFactory partitionBroker) {
    return new RabbitAdmin(partitionBroker);
  }

  /** Only the request type, so a message on the queue cannot make a worker build other classes. */
  static SimpleMessageConverter requestConverter() {
    SimpleMessageConverter converter = new SimpleMessageConverter();
    converter.setAllowedListPatterns(
        List.of("org.springframework.batch.integration.partition.StepExecutionRequest"));
    return converter;
  }

  @Bean
  public DirectChannel partitionRequests() {
    return new DirectChannel();
  }

  @Bean
  public IntegrationFlow partitionRequestsToBroker(
      CachingConnectionFactory partitionBroker, ReviewSettings.Remote remote) {
    RabbitTemplate template = new RabbitTemplate(partitionBroker);
    template.setMessageConverter(requestConverter());
    return IntegrationFlow.from(partitionRequests())
        .handle(Amqp.outboundAdapter(template).routingKey(remote.queue()))
        .get();
  }

  /**
   * The manager step: sends the partitions, waits at most {@code review.partition-timeout} for all
   * of them, then fails the step and every partition still without an outcome (its worker died), so
   * running the date again resumes them from their last committed chunk.
   */
  Step manager(
      RemotePartitioningManagerStepBuilderFactory steps,
      JobRepository jobRepository,
      ReviewSettings.Remote remote,
      String name,
      String workerStep,
      Partitioner partitioner,
      int gridSize) {
    return steps
        .get(name)
        .outputChannel(partitionRequests())
        .pollInterval(1_000)
        .timeout(remote.partitionTimeout().toMillis())
        .listener(new UnfinishedPartitionsFail(jobRepository, workerStep))
        .partitioner(workerStep, partitioner)
        .gridSize(gridSize)
        .build();
  }
}
